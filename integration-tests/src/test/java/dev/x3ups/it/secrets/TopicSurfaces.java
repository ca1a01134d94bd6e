package dev.x3ups.it.secrets;

import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.embedded.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The raw bytes of every record of some topics — keys, values and headers (a DLQ's context headers carry
 * exception messages) — as one text per topic, read uncommitted so aborted transactions count too.
 */
final class TopicSurfaces {

    private final TopicReader reader;

    TopicSurfaces(TopicReader reader) {
        this.reader = reader;
    }

    /** Surface name {@code topic <name>} to the text of all its records. */
    Map<String, String> read(Collection<String> topics) {
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (String topic : topics) {
            StringBuilder text = new StringBuilder();
            for (ConsumerRecord<byte[], byte[]> record : reader.readAll(topic, Isolation.READ_UNCOMMITTED)) {
                text.append(utf8(record.key())).append('\t').append(utf8(record.value()));
                for (Header header : record.headers()) {
                    text.append('\t').append(header.key()).append('=').append(utf8(header.value()));
                }
                text.append('\n');
            }
            surfaces.put("topic " + topic, text.toString());
        }
        return surfaces;
    }

    /** Records of a topic, for checking a scan had something to scan. */
    int count(String topic) {
        return reader.readAll(topic, Isolation.READ_UNCOMMITTED).size();
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
