package de.quartier.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/", "http://172.16.0.1:1313/a/", "https://172.31.255.255/", "http://192.168.178.20:1313/",
            "http://169.254.10.10/", "http://[fd12:3456::1]:1313/", "http://[fe80::1]/", "https://nas.local/x", "http://fritz.box/",
            "https://portal.home.arpa/", "http://wiki.intern.lan/", "https://app.internal/"})
    void privateNetworksAreLocal(String address) {
        assertTrue(WebAddress.reach(address) == WebAddress.Reach.LOCAL_NETWORK, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.bottrop.de/", "http://172.15.0.1/", "http://172.32.0.1/", "http://192.169.0.1/", "http://11.0.0.1/",
            "https://[2001:db8::1]/", "https://www.local-news.example/", "https://locale.example/", "mailto:x@fritz.box",
            "http://127.0.0.1:1313/", "not an address", "http://[fc::1]/", "http://[fe8::1]/"})
    void publicAddressesAndThisComputerAreNot(String address) {
        assertFalse(WebAddress.reach(address) == WebAddress.Reach.LOCAL_NETWORK, address);
    }
}
