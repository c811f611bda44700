package dev.launchdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the running application over real HTTP as an API client does (no redirects followed): HTTP Basic, a personal
 * API token, or a browser session signed in through the login form.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private final String authorization;

    private ApiClient(String baseUrl, HttpClient http, String authorization) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.authorization = authorization;
    }

    static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, HttpClient.newHttpClient(), null);
    }

    static ApiClient basic(int port, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("http://localhost:" + port, HttpClient.newHttpClient(), "Basic " + credentials);
    }

    static ApiClient token(int port, String secret) {
        return new ApiClient("http://localhost:" + port, HttpClient.newHttpClient(), "Bearer " + secret);
    }

    /** A browser-like client: signs in through the login form (with its CSRF token) and keeps the session cookie. */
    static ApiClient signedInBrowser(int port, String username, String password) {
        ApiClient browser = new ApiClient("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
        Matcher csrf = CSRF.matcher(browser.get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signIn = browser.send("POST", "/login", "application/x-www-form-urlencoded", form);
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode() + " " + signIn.headers().map());
        }
        return browser;
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a file as the multipart field "file", as a browser's upload or curl -F does. */
    HttpResponse<String> upload(String path, String fileName, String contentType, String content) {
        String boundary = "----launchdesk" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** Sends JSON and expects the given status; answers the body read as JSON (null when empty). */
    JsonNode json(String method, String path, String body, int expectedStatus) {
        HttpResponse<String> response = send(method, path, body == null ? null : "application/json", body);
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ", expected " + expectedStatus
                    + ": " + response.body());
        }
        return read(response.body());
    }

    static JsonNode read(String body) {
        try {
            return body == null || body.isEmpty() ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
