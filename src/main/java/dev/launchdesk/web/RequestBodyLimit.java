package dev.launchdesk.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.shared.Uploads;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.UserTexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The 20 MB cap of uploads read whole ({@link Uploads#IN_MEMORY_LIMIT}) for request bodies of the API: a roster, an
 * RCA cube or an XLIFF file sent as the body, and any JSON. A body announced larger is answered 413 before a byte is
 * read; a body without a length (chunked) is counted as it is read and stops at the cap, also answered 413. Multipart
 * uploads are capped per file ({@link Uploads}), and the ticket and order-volume imports stream any size up to their
 * own limit ({@code launchdesk.insight.import.max-file-size}), so neither passes through here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    /** The imports that stream their body into the database and keep their own, larger limit. */
    static final List<String> STREAMED_IMPORTS = List.of("/api/v1/tickets/imports", "/api/v1/order-volumes/imports");

    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private final long limit;

    RequestBodyLimit() {
        this(Uploads.IN_MEMORY_LIMIT);
    }

    RequestBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !path.startsWith("/api/") || STREAMED_IMPORTS.contains(path) || type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, BodyTooLarge.message(limit));
        problem.setTitle(UserTexts.of("problem.web.title.body-too-large"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("limitBytes", limit);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** Read past the cap: the request is answered 413 (see {@link ApiProblems}). */
    static final class BodyTooLarge extends IOException {
        private final long limit;

        BodyTooLarge(long limit) {
            super(message(limit));
            this.limit = limit;
        }

        long limit() {
            return limit;
        }

        static String message(long limit) {
            String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" :
                    UserTexts.of("problem.web.bytes", String.valueOf(limit));
            return UserTexts.of("problem.web.body-too-large", size);
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws BodyTooLarge {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
