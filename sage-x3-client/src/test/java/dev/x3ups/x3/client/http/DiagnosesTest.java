package dev.x3ups.x3.client.http;

import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosesTest {

    @Test
    void errorAndFatalCountAsErrorsWarningsDoNot() {
        Diagnoses found = Diagnoses.in(tree("""
                {"$diagnoses":[{"$severity":"warning","$message":"price list expired"},
                               {"$severity":"Error","$message":"721 : Record does not exist"},
                               {"$severity":"fatal","$message":"folder locked"}]}"""));

        assertThat(found.hasErrors()).isTrue();
        assertThat(found.hasTransient()).isFalse();
        assertThat(found.messages()).isEqualTo("721 : Record does not exist; folder locked");
    }

    @Test
    void findsDiagnosesNestedInRowsAndLines() {
        Diagnoses found = Diagnoses.in(tree("""
                {"$resources":[{"SOHNUM":"SO1","SOHSOP":[{"$diagnoses":[
                    {"$severity":"transient","$message":"pool busy"}]}]}]}"""));

        assertThat(found.hasTransient()).isTrue();
        assertThat(found.messages()).isEqualTo("pool busy");
    }

    @Test
    void infoOnlyIsNoFailure() {
        Diagnoses found = Diagnoses.in(tree("{\"$diagnoses\":[{\"$severity\":\"info\",\"$message\":\"ok\"}]}"));

        assertThat(found.hasErrors()).isFalse();
        assertThat(found.hasTransient()).isFalse();
        assertThat(found.messages()).isEmpty();
    }

    @Test
    void fallsBackToTheSdataCodeWhenNoMessage() {
        Diagnoses found = Diagnoses.in(tree(
                "{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"BadWhereSyntax\"}]}"));

        assertThat(found.messages()).isEqualTo("BadWhereSyntax");
    }

    @Test
    void knowsWhenAnErrorBlamesTheRequest() {
        assertThat(Diagnoses.in(tree("{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"UnknownProperty\"}]}"))
                .blamesRequest()).isTrue();
        assertThat(Diagnoses.in(tree("{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Internal server error\"}]}"))
                .blamesRequest()).isFalse();
    }
}
