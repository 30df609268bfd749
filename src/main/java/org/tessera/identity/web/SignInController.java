package org.tessera.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }
}
