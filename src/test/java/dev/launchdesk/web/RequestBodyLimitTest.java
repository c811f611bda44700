package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A body without a length (chunked) is counted while it is read and stops at the cap. */
class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(1_000);

    @Test
    void aChunkedBodyStopsAtTheCapWhileItIsRead() throws Exception {
        MockHttpServletRequest request = chunked("/api/v1/agents/imports", new byte[1_001]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, (req, res) -> assertThatThrownBy(() -> req.getInputStream().readAllBytes())
                .isInstanceOf(RequestBodyLimit.BodyTooLarge.class)
                .hasMessageContaining("limit of 1000 bytes"));
    }

    @Test
    void aChunkedBodyUpToTheCapIsReadWhole() throws Exception {
        MockHttpServletRequest request = chunked("/api/v1/insights/rca", new byte[1_000]);
        byte[][] read = new byte[1][];

        limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            try (InputStream in = req.getInputStream()) {
                read[0] = in.readAllBytes();
            }
        });

        assertThat(read[0]).hasSize(1_000);
    }

    @Test
    void aBodyAnnouncedLargerIsRefusedBeforeItIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/insights/rca");
        request.setContentType("text/csv");
        request.setContent(new byte[1_001]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the body must not be passed on");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"status\":413");
    }

    @Test
    void theStreamedTicketImportsAndMultipartUploadsKeepTheirOwnLimits() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {
                chunked("/api/v1/tickets/imports", new byte[5_000]), chunked("/api/v1/order-volumes/imports", new byte[5_000])}) {
            byte[][] read = new byte[1][];
            limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> read[0] = req.getInputStream().readAllBytes());
            assertThat(read[0]).hasSize(5_000);
        }
        MockHttpServletRequest multipart = chunked("/api/v1/agents/imports", new byte[5_000]);
        multipart.setContentType("multipart/form-data; boundary=x");
        byte[][] read = new byte[1][];
        limit.doFilter(multipart, new MockHttpServletResponse(), (req, res) -> read[0] = req.getInputStream().readAllBytes());
        assertThat(read[0]).hasSize(5_000);
    }

    /** A request whose length is not announced, as with Transfer-Encoding: chunked. */
    private static MockHttpServletRequest chunked(String path, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContentType("text/csv");
        request.setContent(body);
        return request;
    }
}
