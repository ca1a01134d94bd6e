package dev.x3ups.ups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import org.junit.jupiter.api.Test;

class TokenManagerRegistryTest {

    @Test
    void sharesOneManagerPerHostClientIdMerchantAndSecret() {
        UpsClientConfig a = TestConfigs.forBaseUrl("http://registry-test-1.invalid").build();
        UpsClientConfig sameAgain = TestConfigs.forBaseUrl("http://registry-test-1.invalid").maxInFlight(8).build();
        UpsClientConfig otherClient = TestConfigs.forBaseUrl("http://registry-test-1.invalid").clientId("other").build();
        UpsClientConfig otherMerchant = TestConfigs.forBaseUrl("http://registry-test-1.invalid").merchantId("Z9Z9Z9").build();
        UpsClientConfig rotatedSecret = TestConfigs.forBaseUrl("http://registry-test-1.invalid").clientSecret("new").build();
        UpsClientConfig otherHost = TestConfigs.forBaseUrl("http://registry-test-2.invalid").build();

        TokenManager manager = TokenManagerRegistry.shared(a);
        assertThat(TokenManagerRegistry.shared(sameAgain)).isSameAs(manager);
        assertThat(TokenManagerRegistry.shared(otherClient)).isNotSameAs(manager);
        assertThat(TokenManagerRegistry.shared(otherMerchant)).isNotSameAs(manager);
        assertThat(TokenManagerRegistry.shared(rotatedSecret)).isNotSameAs(manager);
        assertThat(TokenManagerRegistry.shared(otherHost)).isNotSameAs(manager);
        assertThat(manager.toString()).doesNotContain(TestConfigs.CLIENT_SECRET);
    }
}
