package dev.launchdesk.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.launchdesk.shared.Role;

/**
 * The authorisation table as the pages ask it: {@code th:if="${@access.may('EDIT_SOPS')}"} shows a button or a
 * navigation entry only to the roles {@link AccessRules} lets use what it leads to. A misspelt capability fails the page.
 */
@Component("access")
public class PageAccess {

    /** Whether the signed-in user's role has the capability (see {@link AccessRules.Capability}). */
    public boolean may(String capability) {
        return AccessRules.Capability.valueOf(capability).allowsAny(roles(SecurityContextHolder.getContext().getAuthentication()));
    }

    static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null || !authentication.isAuthenticated()) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
