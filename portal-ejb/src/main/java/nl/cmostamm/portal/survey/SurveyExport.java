package nl.cmostamm.portal.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cmostamm.portal.shared.CsvExport;
import nl.cmostamm.portal.shared.ExcelExport;
import nl.cmostamm.portal.shared.Input;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * A wave's raw anonymous answers as a table, one row per response, one column per question: the
 * chosen option's label (several joined with "; "), the number or the text; for a case-closure
 * response also the help category. Nothing identifies a respondent: the response number is its
 * place in this file, not a database id. Headers, yes and no are in the reader's language; the
 * answers as they were given.
 */
final class SurveyExport {

    private final String sheetName;
    private final List<String> header = new ArrayList<>();
    private final List<String> yesNo;
    private final List<List<Object>> rows = new ArrayList<>();

    /**
     * {@code categories}: the initiative's help categories by id, for case-closure responses;
     * {@code text} gives the bundle text of a key in the reader's language.
     */
    SurveyExport(
            List<Question> questions,
            List<Answer> answers,
            Map<Long, String> categories,
            Function<String, String> text) {
        sheetName = text.apply("export.survey.sheet");
        yesNo = List.of(text.apply("export.yes"), text.apply("export.no"));
        Stream.of(
                        "export.survey.response",
                        "export.survey.date",
                        "export.survey.language",
                        "export.survey.helpCategory")
                .map(text)
                .forEach(header::add);
        String prefix = text.apply("export.survey.question");
        for (int i = 0; i < questions.size(); i++) {
            header.add(prefix + (i + 1) + " " + questions.get(i).getContent().getText());
        }
        Map<Response, List<Answer>> byResponse = answers.stream()
                .collect(Collectors.groupingBy(Answer::getResponse, LinkedHashMap::new, Collectors.toList()));
        int number = 1;
        for (Map.Entry<Response, List<Answer>> entry : byResponse.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(number++);
            row.add(entry.getKey().getSubmittedOn());
            row.add(entry.getKey().getLanguage());
            Long category = entry.getKey().getHelpCategoryId();
            row.add(category == null ? "" : categories.getOrDefault(category, ""));
            for (Question question : questions) {
                row.add(cell(
                        question,
                        entry.getValue().stream()
                                .filter(a -> a.getQuestion().equals(question))
                                .toList()));
            }
            rows.add(row);
        }
    }

    private Object cell(Question question, List<Answer> answers) {
        if (answers.isEmpty()) {
            return "";
        }
        QuestionType type = question.getType();
        if (type == QuestionType.NUMBER) {
            return answers.get(0).getNumber();
        }
        if (type.isText()) {
            return answers.get(0).getText();
        }
        List<String> labels =
                type == QuestionType.YES_NO ? yesNo : question.getContent().optionList();
        return answers.stream()
                .map(a ->
                        a.getChoice() <= labels.size() ? labels.get(a.getChoice() - 1) : String.valueOf(a.getChoice()))
                .collect(Collectors.joining("; "));
    }

    int size() {
        return rows.size();
    }

    byte[] csv() {
        return CsvExport.write(
                header,
                rows.stream()
                        .map(row -> row.stream().map(SurveyExport::text).toList())
                        .toList());
    }

    private static String text(Object cell) {
        if (cell instanceof LocalDate day) {
            return day.format(Input.DUTCH_DATE);
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return String.valueOf(cell);
    }

    byte[] excel() {
        return ExcelExport.write(sheetName, header, sheet -> {
            CellStyle date = ExcelExport.dateStyle(sheet);
            int index = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(i).setCellValue(day);
                        row.getCell(i).setCellStyle(date);
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            }
        });
    }
}
