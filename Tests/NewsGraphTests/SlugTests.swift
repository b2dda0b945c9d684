import Testing
@testable import NewsGraph

@Suite struct SlugTests {
    @Test func slugsAreStable() {
        #expect(Slug.make("Air Base 101") == "air-base-101")
        #expect(Slug.make("Jama'at Nusrat al-Islam wal-Muslimin") == "jamaat-nusrat-al-islam-wal-muslimin")
        #expect(Slug.make("U.S. Africa Command") == "us-africa-command")
        #expect(Slug.make("Goïta") == "goita")
        #expect(Slug.unique("Niger", avoiding: ["niger"]) == "niger-2")
    }
}
