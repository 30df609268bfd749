package org.tessera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Tessera {

    public static void main(String[] args) {
        SpringApplication.run(Tessera.class, args);
    }
}
