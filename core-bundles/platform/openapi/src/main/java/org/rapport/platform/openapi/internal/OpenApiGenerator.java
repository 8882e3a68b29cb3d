package org.rapport.platform.openapi.internal;

import org.rapport.platform.api.security.PublicEndpoint;
import org.rapport.platform.api.security.RequiresPermission;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

/**
 * Makes an OpenAPI 3.0 document from Jakarta REST resource classes by reading their standard
 * annotations ({@code @Path}, {@code @GET}…, {@code @PathParam}…, {@code @Consumes}/{@code @Produces})
 * and the Java types of their parameters and results. Stateless: each call describes exactly the classes
 * it is given.
 *
 * <p>Why not swagger-core's Reader: its 2.2.36 bundles (the version at hand) import Jackson [2.19,3), the
 * platform shares Jackson 2.17 with every module, and it drags in classgraph, YAML and commons-lang3.
 * Reading the standard annotations is a small, dependable job; the document it gives lists every
 * operation, its parameters, media types and entity schemas, which is what the UI needs.
 */
final class OpenApiGenerator {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}");
    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** Sub-resource locators may return their own class: stop after this depth. */
    private static final int MAX_LOCATOR_DEPTH = 4;

    private final String title;
    private final String version;
    private final String basePath;

    /**
     * @param basePath the application's base, e.g. {@code /api}; every path in the document starts with it
     */
    OpenApiGenerator(String title, String version, String basePath) {
        this.title = title;
        this.version = version;
        this.basePath = normalize(basePath);
    }

    ObjectNode generate(Collection<Class<?>> resourceClasses) {
        JsonSchemas schemas = new JsonSchemas(freshMapper());
        Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        Set<String> tags = new java.util.TreeSet<>();
        List<Class<?>> sorted = new ArrayList<>(resourceClasses);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> resource : sorted) {
            Path path = classAnnotation(resource, Path.class);
            if (path == null) {
                continue;
            }
            String tag = tagOf(path.value());
            tags.add(tag);
            describe(resource, basePath + "/" + path.value(), tag, classMediaTypes(resource), schemas, paths,
                    operationIds, new ArrayDeque<>());
        }

        ObjectNode document = NODES.objectNode();
        document.put("openapi", OPENAPI_VERSION);
        ObjectNode info = document.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", "The REST resources the Rapport /api application serves right now: modules add "
                + "theirs when they start and take them away when they stop. Every error is an RFC 9457 "
                + PROBLEM_JSON + " document.");
        ArrayNode tagList = document.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach((template, operations) -> {
            ObjectNode item = pathsNode.putObject(template);
            METHOD_ORDER.forEach(method -> {
                if (operations.containsKey(method)) {
                    item.set(method, operations.get(method));
                }
            });
        });
        ObjectNode components = document.putObject("components");
        ObjectNode schemaNodes = components.putObject("schemas");
        schemaNodes.set("Problem", problemSchema());
        schemaNodes.set("FieldError", fieldErrorSchema());
        schemas.components().forEach(schemaNodes::set);
        components.putObject("responses").set("Problem", problemResponse());
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http").put("scheme", "bearer")
                .put("description", "A token from POST /api/auth/token, or a personal API token");
        return document;
    }

    // ---- resources and operations ----

    private record MediaTypes(List<String> consumes, List<String> produces) {
        MediaTypes override(Method method) {
            Consumes c = method.getAnnotation(Consumes.class);
            Produces p = method.getAnnotation(Produces.class);
            return new MediaTypes(c == null ? consumes : split(c.value()), p == null ? produces : split(p.value()));
        }
    }

    private static MediaTypes classMediaTypes(Class<?> resource) {
        Consumes c = classAnnotation(resource, Consumes.class);
        Produces p = classAnnotation(resource, Produces.class);
        return new MediaTypes(c == null ? List.of() : split(c.value()), p == null ? List.of() : split(p.value()));
    }

    private void describe(Class<?> resource, String prefix, String tag, MediaTypes classTypes, JsonSchemas schemas,
            Map<String, Map<String, ObjectNode>> paths, Set<String> operationIds, Deque<Class<?>> locators) {
        List<Method> methods = new ArrayList<>(List.of(resource.getMethods()));
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        for (Method method : methods) {
            if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()) {
                continue;
            }
            Method annotated = annotatedMethod(resource, method);
            if (annotated == null) {
                continue;
            }
            String httpMethod = httpMethodOf(annotated);
            Path subPath = annotated.getAnnotation(Path.class);
            String template = subPath == null ? prefix : prefix + "/" + subPath.value();
            if (httpMethod == null) {
                // A sub-resource locator: its result's class serves the rest of the path.
                Class<?> sub = method.getReturnType();
                if (subPath != null && locators.size() < MAX_LOCATOR_DEPTH && !locators.contains(sub)
                        && sub != Object.class) {
                    locators.push(sub);
                    describe(sub, template, tag, classMediaTypes(sub), schemas, paths, operationIds, locators);
                    locators.pop();
                }
                continue;
            }
            Map<String, String> patterns = new LinkedHashMap<>();
            String path = pathTemplate(template, patterns);
            ObjectNode operation = operation(resource, method, annotated, tag, classTypes.override(annotated),
                    patterns, schemas, operationIds);
            paths.computeIfAbsent(path, p -> new TreeMap<>()).put(httpMethod.toLowerCase(java.util.Locale.ROOT),
                    operation);
        }
    }

    /**
     * Who may call it, as the platform's filter decides: {@code security: []} for public operations, else bearer
     * authentication, and the permission it requires as {@code x-rapport-permission} (what clients and the
     * access-matrix test read).
     */
    private static void access(Class<?> resource, Method method, ObjectNode operation) {
        boolean open = method.isAnnotationPresent(PublicEndpoint.class) || resource.isAnnotationPresent(PublicEndpoint.class);
        if (open) {
            operation.putArray("security");
            return;
        }
        operation.putArray("security").addObject().putArray("bearer");
        RequiresPermission permission = method.isAnnotationPresent(RequiresPermission.class)
                ? method.getAnnotation(RequiresPermission.class) : resource.getAnnotation(RequiresPermission.class);
        if (permission != null) {
            operation.put("x-rapport-permission", permission.value());
        }
    }

    private ObjectNode operation(Class<?> resource, Method method, Method annotated, String tag, MediaTypes types,
            Map<String, String> pathPatterns, JsonSchemas schemas, Set<String> operationIds) {
        ObjectNode operation = NODES.objectNode();
        operation.putArray("tags").add(tag);
        operation.put("operationId", uniqueId(resource.getSimpleName() + "." + method.getName(), operationIds));
        access(resource, annotated, operation);

        Map<String, ObjectNode> parameters = new LinkedHashMap<>();
        Map<String, ObjectNode> formFields = new LinkedHashMap<>();
        ObjectNode entity = null;
        Type[] parameterTypes = method.getGenericParameterTypes();
        Annotation[][] parameterAnnotations = annotated.getParameterAnnotations();
        boolean asynchronous = false;
        for (int i = 0; i < parameterTypes.length; i++) {
            Annotation[] annotations = parameterAnnotations[i];
            if (method.getParameterTypes()[i] == AsyncResponse.class) {
                asynchronous = true;
                continue;
            }
            if (!addParameter(annotations, parameterTypes[i], schemas, parameters, formFields)
                    && !isInjected(annotations)) {
                entity = schemas.schemaOf(parameterTypes[i]);
            }
        }
        // A template variable with no @PathParam (read through UriInfo, say) is still a parameter of the path.
        pathPatterns.forEach((name, pattern) -> {
            ObjectNode parameter = parameters.computeIfAbsent("path:" + name,
                    key -> parameter(name, "path", NODES.objectNode().put("type", "string")));
            if (pattern != null) {
                ((ObjectNode) parameter.get("schema")).put("pattern", "^(?:" + pattern + ")$");
            }
        });
        if (!parameters.isEmpty()) {
            ArrayNode list = operation.putArray("parameters");
            parameters.values().forEach(list::add);
        }
        if (entity != null || !formFields.isEmpty()) {
            operation.set("requestBody", requestBody(entity, formFields, types.consumes()));
        }
        operation.set("responses", responses(method, asynchronous, types.produces(), schemas));
        return operation;
    }

    /** Adds the parameter the annotations describe; false if they describe none (so it is the entity). */
    private boolean addParameter(Annotation[] annotations, Type type, JsonSchemas schemas,
            Map<String, ObjectNode> parameters, Map<String, ObjectNode> formFields) {
        String defaultValue = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue d) {
                defaultValue = d.value();
            }
        }
        for (Annotation annotation : annotations) {
            String in = null;
            String name = null;
            if (annotation instanceof PathParam p) {
                in = "path";
                name = p.value();
            } else if (annotation instanceof QueryParam q) {
                in = "query";
                name = q.value();
            } else if (annotation instanceof HeaderParam h) {
                in = "header";
                name = h.value();
            } else if (annotation instanceof CookieParam c) {
                in = "cookie";
                name = c.value();
            } else if (annotation instanceof FormParam f) {
                formFields.put(f.value(), withDefault(schemas.schemaOf(type), defaultValue));
                return true;
            } else if (annotation instanceof BeanParam) {
                addBeanParameters(rawClass(type), schemas, parameters, formFields);
                return true;
            } else if (annotation instanceof jakarta.ws.rs.MatrixParam) {
                return true; // OpenAPI 3.0 has no matrix parameters in paths it can state plainly
            }
            if (in != null) {
                ObjectNode parameter = parameter(name, in, withDefault(schemas.schemaOf(type), defaultValue));
                parameters.put(in + ":" + name, parameter);
                return true;
            }
        }
        return false;
    }

    /** The fields and setters of a {@code @BeanParam} class carry the parameter annotations. */
    private void addBeanParameters(Class<?> bean, JsonSchemas schemas, Map<String, ObjectNode> parameters,
            Map<String, ObjectNode> formFields) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                addParameter(field.getAnnotations(), field.getGenericType(), schemas, parameters, formFields);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    addParameter(setter.getAnnotations(), setter.getGenericParameterTypes()[0], schemas, parameters,
                            formFields);
                }
            }
        }
    }

    private static ObjectNode parameter(String name, String in, ObjectNode schema) {
        ObjectNode parameter = NODES.objectNode();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", "path".equals(in));
        parameter.set("schema", schema);
        return parameter;
    }

    private static ObjectNode withDefault(ObjectNode schema, String defaultValue) {
        if (defaultValue != null && !schema.has("$ref")) {
            String type = schema.path("type").asText();
            switch (type) {
                case "integer" -> {
                    try {
                        schema.put("default", Long.parseLong(defaultValue.trim()));
                    } catch (NumberFormatException e) {
                        schema.put("default", defaultValue);
                    }
                }
                case "boolean" -> schema.put("default", Boolean.parseBoolean(defaultValue));
                default -> schema.put("default", defaultValue);
            }
        }
        return schema;
    }

    private static ObjectNode requestBody(ObjectNode entity, Map<String, ObjectNode> formFields, List<String> consumes) {
        ObjectNode body = NODES.objectNode();
        body.put("required", entity != null);
        ObjectNode content = body.putObject("content");
        if (entity != null) {
            for (String type : consumes.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : consumes) {
                content.putObject(type).set("schema", entity.deepCopy());
            }
        } else {
            ObjectNode form = NODES.objectNode().put("type", "object");
            ObjectNode properties = form.putObject("properties");
            formFields.forEach(properties::set);
            List<String> types = consumes.isEmpty() ? List.of(MediaType.APPLICATION_FORM_URLENCODED) : consumes;
            for (String type : types) {
                content.putObject(type).set("schema", form.deepCopy());
            }
        }
        return body;
    }

    private ObjectNode responses(Method method, boolean asynchronous, List<String> produces, JsonSchemas schemas) {
        ObjectNode responses = NODES.objectNode();
        Class<?> returned = method.getReturnType();
        Type genericReturn = method.getGenericReturnType();
        if (CompletionStage.class.isAssignableFrom(returned)) {
            genericReturn = schemas.typeOf(genericReturn).containedTypeOrUnknown(0);
            returned = rawClass(genericReturn);
        }
        List<String> types = produces.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : produces;
        if (asynchronous || returned == Response.class || returned == GenericEntity.class || returned == Object.class) {
            // The resource picks the status and entity at run time; say so rather than guess.
            ObjectNode success = responses.putObject("2XX");
            success.put("description", "Success; the status and body depend on the request.");
            ObjectNode content = success.putObject("content");
            types.forEach(type -> content.putObject(type).putObject("schema"));
        } else if (returned == void.class || returned == Void.class) {
            responses.putObject("204").put("description", "No Content");
        } else {
            ObjectNode ok = responses.putObject("200");
            ok.put("description", "OK");
            ObjectNode schema = schemas.schemaOf(genericReturn);
            ObjectNode content = ok.putObject("content");
            types.forEach(type -> content.putObject(type).set("schema", schema.deepCopy()));
        }
        responses.putObject("4XX").put("$ref", "#/components/responses/Problem");
        responses.putObject("5XX").put("$ref", "#/components/responses/Problem");
        return responses;
    }

    /**
     * A mapper, with a type cache of its own, per document: Jackson's shared type cache would keep the
     * classes (and so the class loaders) of modules long uninstalled.
     */
    private static ObjectMapper freshMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 1000)));
        return mapper;
    }

    // ---- the problem document, as the web bundle's Problems writes it ----

    private static ObjectNode problemSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        schema.put("description", "An RFC 9457 problem document: the one error format of the API. Some problems "
                + "add members of their own (e.g. currentVersion on 409).");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri-reference").put("default", "about:blank");
        properties.putObject("title").put("type", "string").put("description", "A short summary of the problem.");
        properties.putObject("status").put("type", "integer").put("format", "int32");
        properties.putObject("detail").put("type", "string")
                .put("description", "What went wrong in this case and what to do about it.");
        properties.putObject("instance").put("type", "string").put("format", "uri-reference");
        properties.putObject("correlationId").put("type", "string")
                .put("description", "Also in the X-Correlation-Id header and in the server's log lines of the request.");
        ObjectNode errors = properties.putObject("errors");
        errors.put("type", "array").put("description", "For invalid input: which fields, and why.");
        errors.putObject("items").put("$ref", "#/components/schemas/FieldError");
        schema.putArray("required").add("type").add("title").add("status").add("correlationId");
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode fieldErrorSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("field").put("type", "string").put("description", "A JSON path such as emails[1].address");
        properties.putObject("message").put("type", "string");
        schema.putArray("required").add("field").add("message");
        return schema;
    }

    private static ObjectNode problemResponse() {
        ObjectNode response = NODES.objectNode();
        response.put("description", "An error, as an RFC 9457 problem document.");
        response.putObject("headers").putObject("X-Correlation-Id").put("description", "The request's correlation id.")
                .putObject("schema").put("type", "string");
        response.putObject("content").putObject(PROBLEM_JSON).putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        return response;
    }

    // ---- annotations and paths ----

    /**
     * The method that carries the Jakarta REST annotations: the method itself, or else the one it
     * overrides or implements (the specification's annotation inheritance). Null if neither has any.
     */
    private static Method annotatedMethod(Class<?> resource, Method method) {
        Deque<Class<?>> types = new ArrayDeque<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        types.add(resource);
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type == null || type == Object.class || !seen.add(type)) {
                continue;
            }
            try {
                Method candidate = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (hasJakartaRsAnnotations(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared here; look further up
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return null;
    }

    private static boolean hasJakartaRsAnnotations(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")
                    || annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static <A extends Annotation> A classAnnotation(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            A found = c.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
            for (Class<?> i : c.getInterfaces()) {
                found = i.getAnnotation(annotation);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isInjected(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Context
                    || annotation.annotationType().getName().equals("jakarta.ws.rs.container.Suspended")) {
                return true;
            }
        }
        return false;
    }

    /** {@code /api/notes/{id: \d+}} becomes {@code /api/notes/{id}}; the patterns are kept for the schema. */
    static String pathTemplate(String raw, Map<String, String> patterns) {
        Matcher matcher = TEMPLATE.matcher(normalize(raw));
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String pattern = matcher.group(2);
            patterns.put(name, pattern == null || pattern.isBlank() ? null : pattern.trim());
            matcher.appendReplacement(path, Matcher.quoteReplacement("{" + name + "}"));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String normalize(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String tagOf(String classPath) {
        for (String segment : normalize(classPath).split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                int dot = segment.indexOf('.');
                return dot > 0 ? segment.substring(0, dot) : segment;
            }
        }
        return "api";
    }

    private static List<String> split(String[] values) {
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.trim());
                }
            }
        }
        return types;
    }

    private static String uniqueId(String wanted, Set<String> taken) {
        String id = wanted;
        for (int n = 2; !taken.add(id); n++) {
            id = wanted + n;
        }
        return id;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof JavaType j) {
            return j.getRawClass();
        }
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
