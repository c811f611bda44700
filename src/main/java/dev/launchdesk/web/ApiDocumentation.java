package dev.launchdesk.web;

import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). Besides what springdoc reads from the
 * controllers, every operation lists the problem details it can answer (from {@link ApiProblems}' cases and the
 * security chain's 401/403/429), every 201 its Location header, and file bodies are documented as the raw files they are.
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "ProblemDetail";
    static final String FILE_UPLOAD = "FileUpload";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    static {
        // The signed-in user and their vendor scope come from the credentials, not from request parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, VendorScope.class);
    }

    @Bean
    OpenAPI launchDeskApi() {
        return new OpenAPI()
                .info(new Info().title("LaunchDesk API").version("v1")
                        .description("Markets, policy parameters, vendors, sites, agents, users, SOPs, insights and the audit trail. "
                                + "Authenticate with a personal API token (Authorization: Bearer ldt_...) or HTTP Basic. "
                                + "Errors are RFC 9457 problem details; invalid input names the field in 'errors'."))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** RFC 9457 with LaunchDesk's "errors": one entry per bad field (or row and column of a file). */
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field or parameter"))
                .addProperty("row", new IntegerSchema().description("the file's row, as a spreadsheet counts it"))
                .addProperty("column", new StringSchema().description("the file's column"))
                .addProperty("message", new StringSchema().description("what is wrong and what it should be"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError));
    }

    @Bean
    OpenApiCustomizer answersAndFileBodies() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().addSchemas(FILE_UPLOAD, new ObjectSchema().description("A file in the multipart field 'file'")
                    .addProperty("file", new StringSchema().format("binary")).addRequiredItem("file"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                describeFileBodies(operation);
                describeAnswers(path, method, operation);
            }));
        };
    }

    /**
     * A file sent as the body (XLIFF, XLSX, CSV bound to bytes) is the file's bytes themselves: springdoc documents a
     * byte[] body as base64 ("format: byte"), which a generated client would encode; only JSON carries base64. Uploads
     * in the multipart field "file" share one named schema, so client generators make one model for them.
     */
    private static void describeFileBodies(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().forEach((type, media) -> {
            Schema<?> schema = media.getSchema();
            if (type.equals(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE) && isFileUpload(schema)) {
                media.setSchema(new Schema<>().$ref("#/components/schemas/" + FILE_UPLOAD));
                return;
            }
            if (schema != null && "byte".equals(schema.getFormat()) && !type.contains("json")) {
                schema.setFormat("binary");
            }
        });
    }

    /** springdoc's inline schema of a handler that takes one @RequestPart("file"): the same for every upload. */
    private static boolean isFileUpload(Schema<?> schema) {
        return schema != null && schema.getProperties() != null && schema.getProperties().keySet().equals(Set.of("file"));
    }

    private static void describeAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean writes = method != PathItem.HttpMethod.GET;
        if (hasInput) {
            documentedProblem(responses, "400", "Invalid input: 'errors' names each bad field and what it should be");
        }
        documentedProblem(responses, "401", "Sign-in required: no, a wrong or an expired API token or password");
        documentedProblem(responses, "403", "Your role does not allow this request");
        if (path.contains("{")) {
            documentedProblem(responses, "404", "Not found, or outside your vendor scope");
        }
        if (writes) {
            documentedProblem(responses, "409", "Conflict: a stale version, a workflow rule, or a duplicate of existing data");
        }
        if (operation.getRequestBody() != null) {
            documentedProblem(responses, "413", "The request body is over the size limit");
        }
        documentedProblem(responses, "429", "Too many failed sign-ins from this client or for this user; try again after Retry-After seconds");
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.setContent(problemContent());
            }
            if (code.equals("201")) {
                response.addHeaderObject("Location", new Header().description("the URL of what was created")
                        .schema(new StringSchema().format("uri")));
            }
        });
    }

    private static void documentedProblem(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }
}
