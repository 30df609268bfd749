package org.tessera.email.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/** One expected parse result of the corpus, read from Zammad's YAML with its Ruby tags mapped to plain types. */
record ZammadFixture(String name, Map<String, Object> values) {

    static ZammadFixture load(Path yml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(32 * 1024 * 1024);
        Yaml yaml = new Yaml(new RubyTags(options));
        try (Reader reader = Files.newBufferedReader(yml, StandardCharsets.UTF_8)) {
            Map<String, Object> values = yaml.load(reader);
            String file = yml.getFileName().toString();
            return new ZammadFixture(file.substring(0, file.length() - 4), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        return (String) values.get(key);
    }

    /** The attachments a sender added: Zammad's own copy of the HTML part ("message.html") is left out. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> attachments() {
        var all = (List<Map<String, Object>>) values.getOrDefault("attachments", List.of());
        return all.stream().filter(a -> {
            var preferences = (Map<String, Object>) a.getOrDefault("preferences", Map.of());
            return !Boolean.TRUE.equals(preferences.get("content-alternative"));
        }).toList();
    }

    static byte[] data(Map<String, Object> attachment) {
        Object data = attachment.get("data");
        return data instanceof byte[] bytes ? bytes : String.valueOf(data).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static String mimeType(Map<String, Object> attachment) {
        var preferences = (Map<String, Object>) attachment.getOrDefault("preferences", Map.of());
        Object type = preferences.get("Mime-Type");
        return type == null ? null : String.valueOf(type);
    }

    private static final class RubyTags extends SafeConstructor {

        RubyTags(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(new Tag("!binary"), new ConstructYamlBinary());
            this.yamlMultiConstructors.put("!ruby/", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    Tag plain = node.getNodeId() == NodeId.mapping ? Tag.MAP
                            : node.getNodeId() == NodeId.sequence ? Tag.SEQ : Tag.STR;
                    return yamlConstructors.get(plain).construct(node);
                }
            });
        }
    }
}
