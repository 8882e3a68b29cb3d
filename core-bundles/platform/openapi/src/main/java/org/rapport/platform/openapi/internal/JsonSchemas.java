package org.rapport.platform.openapi.internal;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * JSON schemas (OpenAPI 3.0 dialect) of the Java types resources take and return, as Rapport's Jackson
 * mapping writes them: properties as Jackson sees them, dates as ISO-8601 text. Beans and records become
 * named components, referenced with {@code $ref}; everything else is inlined.
 */
final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<?>, String[]> SIMPLE = new HashMap<>();

    static {
        simple("string", null, String.class, CharSequence.class, char.class, Character.class);
        simple("boolean", null, boolean.class, Boolean.class);
        simple("integer", "int32", int.class, Integer.class, short.class, Short.class, byte.class, Byte.class);
        simple("integer", "int64", long.class, Long.class);
        simple("integer", null, BigInteger.class);
        simple("number", "float", float.class, Float.class);
        simple("number", "double", double.class, Double.class);
        simple("number", null, BigDecimal.class, Number.class);
        simple("string", "uuid", UUID.class);
        simple("string", "uri", URI.class, URL.class);
        simple("string", "date", LocalDate.class);
        simple("string", "date-time", Instant.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class,
                Date.class, Calendar.class);
        simple("string", "time", LocalTime.class, OffsetTime.class);
        simple("string", "duration", Duration.class, Period.class);
        simple("string", "binary", InputStream.class, Reader.class, File.class, StreamingOutput.class);
        simple("string", "byte", byte[].class);
    }

    private final ObjectMapper mapper;
    /** Component schemas by name; the classes they were made from, to tell two same-named classes apart. */
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<String, Class<?>> componentClasses = new HashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    JsonSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The component schemas made so far, by name. */
    Map<String, ObjectNode> components() {
        return components;
    }

    JavaType typeOf(java.lang.reflect.Type type) {
        return mapper.getTypeFactory().constructType(type);
    }

    ObjectNode schemaOf(java.lang.reflect.Type type) {
        return schemaOf(typeOf(type));
    }

    ObjectNode schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        String[] simple = SIMPLE.get(raw);
        if (simple != null) {
            ObjectNode schema = NODES.objectNode().put("type", simple[0]);
            if (simple[1] != null) {
                schema.put("format", simple[1]);
            }
            return schema;
        }
        if (raw == Optional.class || raw == java.util.concurrent.atomic.AtomicReference.class) {
            return schemaOf(type.containedTypeOrUnknown(0));
        }
        if (raw == OptionalInt.class) {
            return schemaOf(int.class);
        }
        if (raw == OptionalLong.class) {
            return schemaOf(long.class);
        }
        if (raw == OptionalDouble.class) {
            return schemaOf(double.class);
        }
        if (raw.isEnum()) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode schema = NODES.objectNode().put("type", "array");
            schema.set("items", schemaOf(type.getContentType()));
            return schema;
        }
        if (type.isMapLikeType()) {
            ObjectNode schema = NODES.objectNode().put("type", "object");
            JavaType values = type.getContentType();
            schema.set("additionalProperties",
                    values == null || values.getRawClass() == Object.class ? NODES.booleanNode(true) : schemaOf(values));
            return schema;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw) || raw.isPrimitive() || raw.isInterface()
                || isPlatformType(raw)) {
            // Anything: a JSON value Jackson writes from a type we cannot see into.
            return NODES.objectNode();
        }
        return reference(raw, type);
    }

    private ObjectNode reference(Class<?> raw, JavaType type) {
        String name = names.get(raw);
        if (name == null) {
            name = nameFor(raw);
            names.put(raw, name);
            componentClasses.put(name, raw);
            ObjectNode schema = NODES.objectNode().put("type", "object");
            components.put(name, schema); // before the properties: a type may refer to itself
            fillProperties(schema, type);
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private void fillProperties(ObjectNode schema, JavaType type) {
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        ObjectNode properties = NODES.objectNode();
        ArrayNode required = NODES.arrayNode();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            JavaType propertyType = property.getPrimaryType();
            properties.set(property.getName(), schemaOf(propertyType));
            if (property.isRequired() || propertyType.isPrimitive()) {
                required.add(property.getName());
            }
        }
        if (!properties.isEmpty()) {
            schema.set("properties", properties);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    /** The simple name (with its enclosing classes); the full name if another class has taken it. */
    private String nameFor(Class<?> type) {
        StringBuilder simple = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            simple.insert(0, outer.getSimpleName() + ".");
        }
        String name = simple.toString();
        if (name.isEmpty() || "Problem".equals(name) || "FieldError".equals(name)
                || (componentClasses.containsKey(name) && componentClasses.get(name) != type)) {
            name = type.getName().replace('$', '.');
        }
        return name;
    }

    private static boolean isPlatformType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
                || name.startsWith("com.fasterxml.jackson.");
    }

    private static void simple(String type, String format, Class<?>... classes) {
        for (Class<?> c : classes) {
            SIMPLE.put(c, new String[] {type, format});
        }
    }
}
