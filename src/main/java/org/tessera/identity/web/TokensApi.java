package org.tessera.identity.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.identity.ApiTokens;
import org.tessera.identity.ApiTokens.IssuedToken;
import org.tessera.identity.ApiTokens.TokenInfo;

/** Personal API tokens: obtained with HTTP Basic credentials (or another token), listed and revoked. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@RequestBody(required = false) NewToken request, Actor actor) {
        return tokens.issue(actor.userId(), request == null ? null : request.name());
    }

    @GetMapping
    List<TokenInfo> list(Actor actor) {
        return tokens.of(actor.userId());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Actor actor) {
        tokens.revoke(actor.userId(), id);
    }
}
