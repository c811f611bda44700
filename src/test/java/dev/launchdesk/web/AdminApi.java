package dev.launchdesk.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.StreamSupport;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API as the admin uses it (HTTP Basic admin:demo): the web tests look up demo rows and set up
 * their own rows through it, so they point at the ids a client would see instead of reaching into the database.
 */
final class AdminApi {

    static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    AdminApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    JsonNode get(String url, Object... vars) {
        try {
            String body = mvc.perform(MockMvcRequestBuilders.get(url, vars)
                            .with(httpBasic("admin", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return json(body);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " as admin failed", e);
        }
    }

    /** POSTs or PUTs a JSON body and returns the answer, which must be 2xx. */
    JsonNode send(String method, String url, String body, Object... vars) {
        try {
            String answer = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url, vars)
                            .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", PASSWORD)))
                    .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
            return json(answer);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url + " as admin failed", e);
        }
    }

    JsonNode vendor(String code) {
        return row(get("/api/v1/vendors"), "code", code);
    }

    UUID vendorId(String code) {
        return id(vendor(code));
    }

    JsonNode sitesOf(String vendorCode) {
        return get("/api/v1/vendors/{id}/sites", vendorId(vendorCode));
    }

    JsonNode site(String vendorCode, String siteCode) {
        return row(sitesOf(vendorCode), "code", siteCode);
    }

    /** One agent of the vendor (the first by name), as the agent list shows it. */
    JsonNode anAgentOf(String vendorCode) {
        return get("/api/v1/agents?vendorId={v}&size=1", vendorId(vendorCode)).get("items").get(0);
    }

    JsonNode agent(UUID id) {
        return get("/api/v1/agents/{id}", id);
    }

    /** How many agents the admin finds with this query string, e.g. {@code vendorId=...}. */
    long agentTotal(String query) {
        return get("/api/v1/agents?" + query).get("total").asLong();
    }

    UUID userId(String username) {
        return id(row(get("/api/v1/users"), "username", username));
    }

    /** Every change writes an audit entry in its own transaction, so an unchanged count means nothing was written. */
    long auditEntries() {
        return get("/api/v1/audit?size=1").get("total").asLong();
    }

    static UUID id(JsonNode row) {
        return UUID.fromString(row.get("id").asText());
    }

    /** The row of a JSON array whose field has the value. */
    static JsonNode row(JsonNode rows, String field, String value) {
        return StreamSupport.stream(rows.spliterator(), false).filter(row -> row.get(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no row with " + field + " = " + value + " in " + rows));
    }
}
