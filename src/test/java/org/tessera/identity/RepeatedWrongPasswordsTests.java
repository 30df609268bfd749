package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.Credentials;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/** Someone guesses passwords for an account: after five wrong ones it is locked, so guessing gets nowhere. */
class RepeatedWrongPasswordsTests extends IntegrationTest {

    private People people;
    private Person customer;

    @BeforeEach
    void aFreshAccount() {
        people = new People(api);
        customer = people.customer();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAgainstEvenTheRightOne() {
        guessWrong(5);

        var response = Credentials.requestToken(api, customer.email(), People.PASSWORD);

        assertThatProblem(response).hasStatus(401);
    }

    @Test
    void fourWrongPasswordsDoNotLockIt() {
        guessWrong(4);

        var response = Credentials.requestToken(api, customer.email(), People.PASSWORD);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void theRightPasswordStartsTheCountAfresh() {
        guessWrong(4);
        assertThat(Credentials.requestToken(api, customer.email(), People.PASSWORD).status()).isEqualTo(201);
        guessWrong(4);

        var response = Credentials.requestToken(api, customer.email(), People.PASSWORD);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void lockingOneAccountLeavesOthersAlone() {
        var neighbour = people.customer();
        guessWrong(5);

        var response = Credentials.requestToken(api, neighbour.email(), People.PASSWORD);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void theEmailIsMatchedWhateverItsCase() {
        for (int i = 0; i < 5; i++) {
            Credentials.requestToken(api, customer.email().toUpperCase(), "wrong-" + i);
        }

        var response = Credentials.requestToken(api, customer.email(), People.PASSWORD);

        assertThatProblem(response).hasStatus(401);
    }

    @Test
    void theSignInPageSaysLockedAfterAsManyTriesWhetherAnAccountExistsOrNot() {
        String nobody = "nobody-" + People.unique() + "@example.com";

        for (String loginPage : java.util.List.of("/login", "/portal/login")) {
            String someone = loginPage.equals("/login") ? people.agent().email() : people.customer().email();
            assertThat(signInAnswers(loginPage, someone, 5)).containsExactly("error", "error", "error", "error", "locked");
            assertThat(signInAnswers(loginPage, nobody + loginPage.length(), 5))
                    .containsExactly("error", "error", "error", "error", "locked");
        }
    }

    private java.util.List<String> signInAnswers(String loginPage, String email, int tries) {
        var answers = new java.util.ArrayList<String>();
        var browser = new WebSession(baseUrl());
        for (int i = 0; i < tries; i++) {
            browser.get(loginPage);
            var answer = browser.post(loginPage, Map.of("username", email, "password", "guess-" + i));
            answers.add(answer.location().substring(answer.location().indexOf('?') + 1));
        }
        return answers;
    }

    private void guessWrong(int times) {
        for (int i = 0; i < times; i++) {
            assertThatProblem(Credentials.requestToken(api, customer.email(), "guess-" + i)).hasStatus(401);
        }
    }
}
