import Testing
@testable import NewsGraph

@Suite struct SlugTests {
    @Test func slugsAreStable() {
        #expect(Slug.make("Air Base 101") == "air-base-101")
        #expect(Slug.make("Jama'at Nusrat al-Islam wal-Muslimin") == "jamaat-nusrat-al-islam-wal-muslimin")
        #expect(Slug.make("U.S. Africa Command") == "us-africa-command")
        #expect(Slug.make("Goïta") == "goita")
        // Letters Unicode does not decompose are folded too.
        #expect(Slug.make("İbrahim Kalın") == "ibrahim-kalin")
        #expect(Slug.make("Łódź") == "lodz")
        #expect(Slug.unique("Niger", avoiding: ["niger"]) == "niger-2")
    }
}
