package dev.launchdesk.insight;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.Uploads;
import dev.launchdesk.insight.rca.Cube;
import dev.launchdesk.insight.rca.CubeCsv;
import dev.launchdesk.insight.rca.CubeFormatException;
import dev.launchdesk.insight.rca.RiskLoc;
import dev.launchdesk.insight.rca.RootCause;
import dev.launchdesk.shared.UserTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Root-cause localisation as a standalone tool, in the layout the public benchmarks use: one CSV row per
 * leaf, any number of categorical dimension columns plus numeric {@code real} and {@code predict}.
 */
@RestController
@RequestMapping("/api/v1/insights/rca")
@Tag(name = "Root-cause analysis")
class RootCauseApi {

    /** A root cause: the dimension values it fixes, its risk score and the share of the deviation it explains. */
    record Finding(Map<String, String> dimensions, double score, double explains) {
        static Finding of(RootCause cause) {
            return new Finding(cause.dimensions(), cause.riskScore(), cause.explanatoryPower());
        }
    }

    record Answer(List<Finding> rootCauses, int leaves, List<String> dimensions) {
    }

    private final RiskLoc riskLoc = new RiskLoc();

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Localise the root causes of a deviation; CSV as the request body (Content-Type text/csv)")
    Answer fromBody(@RequestBody String csv) {
        return localize(new StringReader(csv));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Localise the root causes of a deviation; CSV in the multipart field 'file'")
    Answer fromUpload(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > Uploads.IN_MEMORY_LIMIT) {
            throw InvalidInputException.of("file", UserTexts.of("problem.insight.cube.too-large"));
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return localize(reader);
        }
    }

    private Answer localize(Reader reader) {
        Cube cube = CubeCsv.read(reader);
        List<Finding> findings = riskLoc.localize(cube).stream().map(Finding::of).toList();
        return new Answer(findings, cube.size(), cube.dimensions());
    }

    @ExceptionHandler(CubeFormatException.class)
    ProblemDetail badCube(CubeFormatException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(UserTexts.of("problem.insight.cube.title"));
        problem.setProperty("errors", List.of(Map.of("row", e.row(), "column", Echoed.cut(e.column()), "message", e.reason())));
        return problem;
    }
}
