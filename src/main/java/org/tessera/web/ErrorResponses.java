package org.tessera.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.shared.Conflict;
import org.tessera.shared.ConflictDetails;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.shared.TooLarge;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal, in the form its caller understands: RFC 9457 problem details naming the field for the API, an error
 * page for the browser. Never a stack trace: unexpected failures are logged here and answered with a plain 500.
 */
@ControllerAdvice
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final DataSize largestFile;

    ErrorResponses(@Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize largestFile) {
        this.largestFile = largestFile;
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.violations(), Map.of());
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, e.getMessage(), List.of(), Map.of());
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, e.getMessage(), List.of(), Map.of());
    }

    @ExceptionHandler(Conflict.class)
    Object conflict(Conflict e, HttpServletRequest request) {
        var violations = e.field() == null ? List.<Violation>of() : List.of(new Violation(e.field(), e.getMessage()));
        Map<String, Object> extra = e instanceof ConflictDetails details ? details.details() : Map.of();
        return respond(request, HttpStatus.CONFLICT, e.getMessage(), violations, extra);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object raced(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, "Someone else saved this at the same moment; reload and try again",
                List.of(new Violation("version", "changed concurrently")), Map.of());
    }

    @ExceptionHandler({TooLarge.class, MaxUploadSizeExceededException.class})
    Object tooLarge(Exception e, HttpServletRequest request) {
        String message = e instanceof TooLarge ? e.getMessage()
                : "The upload is larger than the limit: each file may be at most " + readable(largestFile);
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, message, List.of(new Violation("file", message)), Map.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return respond(request, HttpStatus.BAD_REQUEST, "Unknown field: " + field,
                    List.of(new Violation(field, "is not a known field")), Map.of());
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            String expected = expected(cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
            return respond(request, HttpStatus.BAD_REQUEST, field + ": " + expected,
                    List.of(new Violation(field, expected)), Map.of());
        }
        return respond(request, HttpStatus.BAD_REQUEST, "The request body is not valid JSON",
                List.of(new Violation("body", "is not valid JSON")), Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = expected(e.getRequiredType());
        return respond(request, HttpStatus.BAD_REQUEST, e.getName() + ": " + expected,
                List.of(new Violation(e.getName(), expected)), Map.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Missing " + e.getParameterName(),
                List.of(new Violation(e.getParameterName(), "is required")), Map.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Missing " + e.getRequestPartName(),
                List.of(new Violation(e.getRequestPartName(), "is required")), Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "The upload could not be read",
                List.of(new Violation("file", "is not a valid multipart upload")), Map.of());
    }

    /** A body of a type the endpoint does not read (curl's default form encoding, say): name the ones it does. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String sent = e.getContentType() == null ? "none" : e.getContentType().toString();
        String accepted = String.join(", ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        String message = "Content-Type " + sent + " is not read here; send " + (accepted.isEmpty() ? "another type"
                : "one of: " + accepted);
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, message,
                List.of(new Violation("Content-Type", message)), Map.of());
    }

    /** What a value of the type a field takes looks like, so that a caller can correct it without the docs. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == LocalDate.class) {
            return "must be a date as 2026-12-20";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time as 2026-12-20T15:30:00Z";
        }
        return "has the wrong type or format";
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    /** Spring's own 4xx (method not allowed, no such resource) keep their status. */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            String detail = framework.getBody().getDetail();
            return respond(request, HttpStatus.valueOf(framework.getStatusCode().value()),
                    detail == null ? "Request refused" : detail, List.of(), Map.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was saved. Please try again.", List.of(), Map.of());
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String detail,
                                  List<Violation> violations, Map<String, Object> extra) {
        if (request.getRequestURI().startsWith("/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (!violations.isEmpty()) {
                problem.setProperty("field", violations.get(0).field());
                problem.setProperty("errors", violations.stream()
                        .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
            }
            extra.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        // Customers meet refusals in the portal's own look.
        boolean portal = request.getRequestURI().startsWith("/portal");
        var page = new ModelAndView(portal ? "error/portal-page" : "error/page", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("violations", violations.stream()
                .collect(Collectors.toMap(Violation::field, Violation::message, (a, b) -> a)));
        return page;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
