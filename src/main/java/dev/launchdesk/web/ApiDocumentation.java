package dev.launchdesk.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration
class ApiDocumentation {

    static {
        // The signed-in user and their vendor scope come from the credentials, not from request parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, VendorScope.class);
    }

    @Bean
    OpenAPI launchDeskApi() {
        return new OpenAPI()
                .info(new Info().title("LaunchDesk API").version("v1")
                        .description("Markets, policy parameters, vendors, sites, agents, users, SOPs and the audit trail. "
                                + "Authenticate with a personal API token (Authorization: Bearer ldt_...) or HTTP Basic. "
                                + "Errors are RFC 9457 problem details; invalid input names the field in 'errors'."))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
