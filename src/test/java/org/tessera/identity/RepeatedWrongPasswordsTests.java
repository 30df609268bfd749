package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    private void guessWrong(int times) {
        for (int i = 0; i < times; i++) {
            assertThatProblem(Credentials.requestToken(api, customer.email(), "guess-" + i)).hasStatus(401);
        }
    }
}
