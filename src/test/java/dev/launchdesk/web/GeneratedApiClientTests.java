package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A client generated from the live OpenAPI document by OpenAPI Generator (Java, java.net.http), compiled and used against
 * the running application as a script would use it: it issues an API token (the one-time secret comes back) and, with
 * that token, creates an SOP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedApiClientTests {

    private static final Path OUTPUT = Path.of("target", "generated-api-client");
    private static final String PACKAGE = "dev.launchdesk.client";

    @LocalServerPort
    int port;

    private ClassLoader client;

    @BeforeAll
    void generateAndCompileTheClient() throws Exception {
        var answer = ApiClient.basic(port, "admin", AdminApi.PASSWORD).get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        FileSystemUtils.deleteRecursively(OUTPUT);
        Path spec = Files.createDirectories(OUTPUT).resolve("launchdesk-api.json");
        Files.writeString(spec, answer.body());

        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toString())
                .setOutputDir(OUTPUT.resolve("source").toString())
                .setValidateSpec(true)
                .setApiPackage(PACKAGE + ".api")
                .setModelPackage(PACKAGE + ".model")
                .setInvokerPackage(PACKAGE)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                .addGlobalProperty("skipFormModel", "false")
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

        client = compile(OUTPUT.resolve("source").resolve("src").resolve("main").resolve("java"), OUTPUT.resolve("classes"));
    }

    /** Compiles the generated sources with the JDK's compiler against the test class path; fails with the compiler's words. */
    private static ClassLoader compile(Path sources, Path classes) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-nowarn",
                "-proc:none", "-encoding", "UTF-8");
        boolean compiled = javac.getTask(messages, null, null, options, null, javac.getStandardFileManager(null, null, null)
                .getJavaFileObjectsFromStrings(files)).call();
        assertThat(compiled).as("the generated client compiles:%n%s", messages).isTrue();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedApiClientTests.class.getClassLoader());
    }

    @Test
    void theGeneratedClientIssuesATokenAndGetsItsSecret() throws Exception {
        Object me = api("MeApi", basic("admin"));
        Object request = model("TokenRequest", Map.of("name", "generated client", "validDays", 1));

        Object issued = call(me, "issueApiToken", request);

        assertThat(issued).as("the answer of POST /api/v1/me/tokens, read by the generated client").isNotNull();
        assertThat((String) get(issued, "getSecret")).startsWith("ldt_");
        assertThat(get(get(issued, "getToken"), "getName")).isEqualTo("generated client");
    }

    @Test
    void theGeneratedClientCreatesAnSopWithAnApiToken() throws Exception {
        String secret = (String) get(call(api("MeApi", basic("sopeditor")), "issueApiToken",
                model("TokenRequest", Map.of("name", "generated client SOPs", "validDays", 1))), "getSecret");
        String key = "GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Object form = model("NewSopForm", Map.of("key", key, "title", "Created by a generated client", "category", "Orders",
                "body", "# Steps\n\nCheck the order.\n"));

        Object created = call(api("SopsApi", bearer(secret)), "createSop", form);

        assertThat(created).as("the answer of POST /api/v1/sops, read by the generated client").isNotNull();
        Object document = get(created, "getDocument");
        assertThat(get(document, "getKey")).isEqualTo(key);
        assertThat(ApiClient.token(port, secret).json("GET", "/api/v1/sops/" + get(document, "getId"), null, 200)
                .path("document").path("key").asText()).isEqualTo(key);
    }

    private Consumer<HttpRequest.Builder> basic(String username) {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + AdminApi.PASSWORD).getBytes());
        return request -> request.header("Authorization", "Basic " + credentials);
    }

    private static Consumer<HttpRequest.Builder> bearer(String secret) {
        return request -> request.header("Authorization", "Bearer " + secret);
    }

    /** An API class of the generated client, pointed at the running application with the given credentials. */
    private Object api(String name, Consumer<HttpRequest.Builder> credentials) throws Exception {
        Class<?> apiClientClass = client.loadClass(PACKAGE + ".ApiClient");
        Object apiClient = apiClientClass.getConstructor().newInstance();
        apiClientClass.getMethod("updateBaseUri", String.class).invoke(apiClient, "http://localhost:" + port);
        apiClientClass.getMethod("setRequestInterceptor", Consumer.class).invoke(apiClient, credentials);
        return client.loadClass(PACKAGE + ".api." + name).getConstructor(apiClientClass).newInstance(apiClient);
    }

    private Object model(String name, Map<String, Object> values) throws Exception {
        Object model = client.loadClass(PACKAGE + ".model." + name).getConstructor().newInstance();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            String setter = "set" + Character.toUpperCase(value.getKey().charAt(0)) + value.getKey().substring(1);
            model.getClass().getMethod(setter, value.getValue().getClass()).invoke(model, value.getValue());
        }
        return model;
    }

    private static Object call(Object target, String method, Object... arguments) throws Exception {
        Method found = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments.length).findFirst()
                .orElseThrow(() -> new AssertionError(target.getClass().getSimpleName() + " has no operation " + method));
        try {
            return found.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the generated client's " + method + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static Object get(Object target, String getter) throws Exception {
        return target.getClass().getMethod(getter).invoke(target);
    }
}
