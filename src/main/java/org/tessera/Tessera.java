package org.tessera;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tessera.runtime.StartupChecks;

@SpringBootApplication
public class Tessera {

    public static void main(String[] args) {
        var application = new SpringApplication(Tessera.class);
        // Here and not in spring.factories: tests start the application too, and must not check port 8080.
        application.addListeners(new StartupChecks());
        application.run(withDemoSwitch(args));
    }

    /** {@code --demo} is the short form of {@code --tessera.demo=true}: a helpdesk full of sample data. */
    static String[] withDemoSwitch(String[] args) {
        if (Arrays.stream(args).noneMatch("--demo"::equals)) {
            return args;
        }
        return Stream.concat(Arrays.stream(args).filter(arg -> !arg.equals("--demo")),
                Stream.of("--tessera.demo=true")).toArray(String[]::new);
    }
}
