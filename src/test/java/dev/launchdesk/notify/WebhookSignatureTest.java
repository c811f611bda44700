package dev.launchdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.launchdesk.notify.webhook.WebhookSignature;

/** The Standard Webhooks specification's published example, signed exactly. */
class WebhookSignatureTest {

    @Test
    void signsTheSpecificationsExample() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anotherIdTimestampOrBodyGivesAnotherSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String example = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJel", 1614265330L, "{\"test\": 2432232314}")).isNotEqualTo(example);
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331L, "{\"test\": 2432232314}")).isNotEqualTo(example);
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232315}")).isNotEqualTo(example);
    }
}
