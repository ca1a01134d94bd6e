package dev.x3ups.quickstart.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineParserTest {

    private final CommandLineParser parser = new CommandLineParser();

    @Test
    void defaultsRunTheDemoOnTheUsualPorts() {
        CommandLineParser.Parsed parsed = parser.parse();

        assertThat(parsed.shouldRun()).isTrue();
        QuickstartOptions o = parsed.options();
        assertThat(o.exitWhenDone()).isFalse();
        assertThat(o.orders()).isEqualTo(25);
        assertThat(o.ratePerMinute()).isEqualTo(12);
        assertThat(o.ports()).isEqualTo(new PortPlan(9092, 8083, 8124, 8090, 8088));
        assertThat(o.progressInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void exitWhenDoneTakesOrdersTimeoutAndBadShareAndStopsArrivals() {
        QuickstartOptions o = parser.parse("--orders", "200", "--exit-when-done", "--bad-share", "0.1",
                "--timeout", "300", "--rate", "30").options();

        assertThat(o.orders()).isEqualTo(200);
        assertThat(o.exitWhenDone()).isTrue();
        assertThat(o.badShare()).isEqualTo(0.1);
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(o.ratePerMinute()).isZero();
    }

    @Test
    void everyPortCanBeMoved() {
        QuickstartOptions o = parser.parse("--kafka-port", "19092", "--connect-port", "18083", "--x3-port", "18124",
                "--ups-port", "18090", "--webhook-port", "0", "--config-dir", "cfg").options();

        assertThat(o.ports()).isEqualTo(new PortPlan(19092, 18083, 18124, 18090, 0));
        assertThat(o.configDir()).isEqualTo(Path.of("cfg"));
    }

    @Test
    void helpIsPrintedWithExitCodeZero() {
        CommandLineParser.Parsed parsed = parser.parse("--help");

        assertThat(parsed.shouldRun()).isFalse();
        assertThat(parsed.exitCode()).isZero();
        assertThat(parsed.message()).contains("--exit-when-done", "--connect-port", "--bad-share");
    }

    @Test
    void unknownOptionsAndBadValuesExitWithTwoAndSayWhy() {
        assertThat(parser.parse("--orderz", "5").exitCode()).isEqualTo(2);
        assertThat(parser.parse("--orders", "many").message()).contains("--orders");
        assertThat(parser.parse("--bad-share", "1.5").message()).contains("--bad-share is between 0 and 1");
        assertThat(parser.parse("--connect-port", "70000").message()).contains("port out of range: 70000");
        assertThat(parser.parse("--exit-when-done", "--orders", "0").message())
                .contains("--exit-when-done needs --orders N");
        assertThat(parser.parse("--clock-speed", "0").exitCode()).isEqualTo(2);
    }
}
