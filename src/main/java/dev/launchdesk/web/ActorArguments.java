package dev.launchdesk.web;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.CurrentActor;
import dev.launchdesk.shared.VendorScope;

/** Lets controllers declare {@link Actor} and {@link VendorScope} parameters for the signed-in user. */
@Configuration
class ActorArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Actor.class || type == VendorScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Actor actor = CurrentActor.find().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return parameter.getParameterType() == Actor.class ? actor : actor.vendorScope();
    }
}
