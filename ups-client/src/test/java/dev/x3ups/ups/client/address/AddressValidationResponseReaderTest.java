package dev.x3ups.ups.client.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XAV answers as UPS sends them: arrays or single objects, "" presence flags, classification missing. */
class AddressValidationResponseReaderTest {

    private static AddressCheck read(String json) {
        return AddressValidationResponseReader.read(UpsJson.parse(json));
    }

    @Test
    void validWithArraysAsTheV2SpecPromises() {
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "ValidAddressIndicator":"",
                  "AddressClassification":{"Code":"1","Description":"Commercial"},
                  "Candidate":[{"AddressClassification":{"Code":"1","Description":"Commercial"},
                    "AddressKeyFormat":{"AddressLine":["26601 ALISO CREEK RD","STE D"],
                      "PoliticalDivision2":"ALISO VIEJO","PoliticalDivision1":"CA",
                      "PostcodePrimaryLow":"92656","PostcodeExtendedLow":"3010","CountryCode":"US"}}]}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.VALID);
        assertThat(check.valid()).isTrue();
        assertThat(check.classification()).isEqualTo(AddressClassification.COMMERCIAL);
        assertThat(check.residential()).isFalse();
        AddressCandidate match = check.match().orElseThrow();
        assertThat(match.lines()).containsExactly("26601 ALISO CREEK RD", "STE D");
        assertThat(match.zipPlus4()).isEqualTo("92656-3010");
        assertThat(match.oneLine()).isEqualTo("26601 ALISO CREEK RD STE D, ALISO VIEJO CA 92656-3010, US");
        assertThat(match.toAddress(false).postalCode()).isEqualTo("926563010");
    }

    @Test
    void validWithASingleCandidateObjectAndAStringAddressLine() {
        // issue #58 / #89: Candidate and AddressLine arrive as non-arrays
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "ValidAddressIndicator":"",
                  "AddressClassification":{"Code":"2","Description":"Residential"},
                  "Candidate":{"AddressClassification":{"Code":"2","Description":"Residential"},
                    "AddressKeyFormat":{"AddressLine":"1-3 E MAIN ST","PoliticalDivision2":"MADISON",
                      "PoliticalDivision1":"WI","PostcodePrimaryLow":"53703","PostcodeExtendedLow":"3314",
                      "CountryCode":"US"}}}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.VALID);
        assertThat(check.residential()).isTrue();
        assertThat(check.candidates()).hasSize(1);
        assertThat(check.candidates().get(0).lines()).containsExactly("1-3 E MAIN ST");
        assertThat(check.candidates().get(0).classification()).isEqualTo(AddressClassification.RESIDENTIAL);
    }

    @Test
    void ambiguousKeepsEveryCandidateInOrder() {
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "AmbiguousAddressIndicator":"",
                  "AddressClassification":{"Code":"0","Description":"UnClassified"},
                  "Candidate":[
                    {"AddressKeyFormat":{"AddressLine":["100 PEACHTREE ST NE"],"PoliticalDivision2":"ATLANTA",
                      "PoliticalDivision1":"GA","PostcodePrimaryLow":"30303","PostcodeExtendedLow":"1801","CountryCode":"US"}},
                    {"AddressKeyFormat":{"AddressLine":["100 PEACHTREE ST SW"],"PoliticalDivision2":"ATLANTA",
                      "PoliticalDivision1":"GA","PostcodePrimaryLow":"30303","CountryCode":"US"}}]}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.AMBIGUOUS);
        assertThat(check.valid()).isFalse();
        assertThat(check.match()).isEmpty();
        assertThat(check.classification()).isEqualTo(AddressClassification.UNKNOWN);
        assertThat(check.candidates()).extracting(AddressCandidate::zipPlus4).containsExactly("30303-1801", "30303");
        assertThat(check.candidatesText())
                .isEqualTo("100 PEACHTREE ST NE, ATLANTA GA 30303-1801, US | 100 PEACHTREE ST SW, ATLANTA GA 30303, US");
    }

    @Test
    void ambiguousWithASingleCandidateObject() {
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "AmbiguousAddressIndicator":"",
                  "Candidate":{"AddressKeyFormat":{"AddressLine":["10 ELM ST APT 2"],"PoliticalDivision2":"BROOKLYN",
                      "PoliticalDivision1":"NY","PostcodePrimaryLow":"11201","CountryCode":"US"}}}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.AMBIGUOUS);
        assertThat(check.candidates()).hasSize(1);
        assertThat(check.match()).as("an ambiguous single candidate is not a match").isEmpty();
    }

    @Test
    void noCandidates() {
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "NoCandidatesIndicator":""}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.NO_CANDIDATES);
        assertThat(check.candidates()).isEmpty();
        assertThat(check.candidatesText()).isEmpty();
        assertThat(check.classification()).isEqualTo(AddressClassification.UNKNOWN);
    }

    @Test
    void aFlagWithAValueOrABlankIsStillSetButNullIsNot() {
        assertThat(read("""
                {"XAVResponse":{"NoCandidatesIndicator":" "}}""").verdict()).isEqualTo(AddressVerdict.NO_CANDIDATES);
        assertThat(read("""
                {"XAVResponse":{"AmbiguousAddressIndicator":"Y","Candidate":[]}}""").verdict())
                .isEqualTo(AddressVerdict.AMBIGUOUS);
        assertThat(read("""
                {"XAVResponse":{"NoCandidatesIndicator":null,"AmbiguousAddressIndicator":"",
                  "Candidate":[{"AddressKeyFormat":{"CountryCode":"US"}}]}}""").verdict())
                .isEqualTo(AddressVerdict.AMBIGUOUS);
    }

    @Test
    void theMostCautiousFlagWinsWhenSeveralAreSet() {
        assertThat(read("""
                {"XAVResponse":{"ValidAddressIndicator":"","AmbiguousAddressIndicator":"",
                  "Candidate":[{"AddressKeyFormat":{"CountryCode":"US"}}]}}""").verdict())
                .isEqualTo(AddressVerdict.AMBIGUOUS);
        assertThat(read("""
                {"XAVResponse":{"ValidAddressIndicator":"","NoCandidatesIndicator":""}}""").verdict())
                .isEqualTo(AddressVerdict.NO_CANDIDATES);
    }

    @Test
    void classificationOnlyAnswerHasNoVerdict() {
        AddressCheck check = read("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "AddressClassification":{"Code":"2","Description":"Residential"},
                  "Candidate":[{"AddressClassification":{"Code":"2","Description":"Residential"},
                    "AddressKeyFormat":{"AddressLine":["5 OAK LN"],"PoliticalDivision2":"RENO",
                      "PoliticalDivision1":"NV","PostcodePrimaryLow":"89501","CountryCode":"US"}}]}}""");
        assertThat(check.verdict()).isEqualTo(AddressVerdict.UNVALIDATED);
        assertThat(check.residential()).isTrue();
        assertThat(check.match()).isEmpty();
    }

    @Test
    void missingTopLevelClassificationFallsBackToTheOnlyCandidate() {
        AddressCheck check = read("""
                {"XAVResponse":{"ValidAddressIndicator":"",
                  "Candidate":{"AddressClassification":{"Code":"2","Description":"Residential"},
                    "AddressKeyFormat":{"AddressLine":"5 OAK LN","PoliticalDivision2":"RENO","CountryCode":"US"}}}}""");
        assertThat(check.classification()).isEqualTo(AddressClassification.RESIDENTIAL);

        AddressCheck twoCandidates = read("""
                {"XAVResponse":{"AmbiguousAddressIndicator":"","Candidate":[
                  {"AddressClassification":{"Code":"2"},"AddressKeyFormat":{"CountryCode":"US"}},
                  {"AddressClassification":{"Code":"1"},"AddressKeyFormat":{"CountryCode":"US"}}]}}""");
        assertThat(twoCandidates.classification()).as("no single answer to fall back on")
                .isEqualTo(AddressClassification.UNKNOWN);
        assertThat(twoCandidates.candidates()).extracting(AddressCandidate::classification)
                .containsExactly(AddressClassification.RESIDENTIAL, AddressClassification.COMMERCIAL);
    }

    @Test
    void emptyOrForeignBodiesReadAsUnvalidatedAndUnknown() {
        for (String body : List.of("", "{}", "{\"XAVResponse\":\"\"}", "{\"XAVResponse\":{\"Candidate\":\"\"}}")) {
            AddressCheck check = read(body);
            assertThat(check.verdict()).as(body).isEqualTo(AddressVerdict.UNVALIDATED);
            assertThat(check.classification()).as(body).isEqualTo(AddressClassification.UNKNOWN);
            assertThat(check.candidates()).as(body).isEmpty();
        }
    }

    @Test
    void classificationCodes() {
        assertThat(AddressClassification.fromCode("1")).isEqualTo(AddressClassification.COMMERCIAL);
        assertThat(AddressClassification.fromCode("2")).isEqualTo(AddressClassification.RESIDENTIAL);
        assertThat(AddressClassification.fromCode("0")).isEqualTo(AddressClassification.UNKNOWN);
        assertThat(AddressClassification.fromCode("")).isEqualTo(AddressClassification.UNKNOWN);
        assertThat(AddressClassification.fromCode(null)).isEqualTo(AddressClassification.UNKNOWN);
    }
}
