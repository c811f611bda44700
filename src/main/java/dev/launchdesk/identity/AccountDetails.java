package dev.launchdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for form login and HTTP Basic. */
@Service
class AccountDetails implements UserDetailsService {

    private final Users users;

    AccountDetails(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase())
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
