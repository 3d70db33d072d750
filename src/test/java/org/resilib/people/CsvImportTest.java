package org.resilib.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resilib.identity.Role;

class CsvImportTest {

    @Test
    void parsesRowsWithLineNumbersAndRoleSeparators() {
        List<CsvImport.Row> rows = CsvImport.parse("""
                email,name,roles
                a@x.edu,A,student
                b@x.edu,B,librarian|instructor

                c@x.edu,C,
                d@x.edu,"D, Jr.","admin librarian"
                """);
        assertThat(rows).extracting(CsvImport.Row::line).containsExactly(2, 3, 5, 6);
        assertThat(rows.get(1).roles()).isEqualTo(Set.of(Role.LIBRARIAN, Role.INSTRUCTOR));
        assertThat(rows.get(2).roles()).containsExactly(Role.STUDENT);
        assertThat(rows.get(3).name()).isEqualTo("D, Jr.");
        assertThat(rows.get(3).roles()).isEqualTo(Set.of(Role.ADMIN, Role.LIBRARIAN));
        assertThat(rows).allMatch(r -> r.problem() == null);
    }

    @Test
    void reportsBadRowsWithoutStoppingTheOthers() {
        List<CsvImport.Row> rows = CsvImport.parse("x@y,No Dot,student\nok@x.edu,,student\nz@x.edu,Z,pirate\nfine@x.edu,F,student\n");
        assertThat(rows).extracting(CsvImport.Row::problem)
                .containsExactly("email_invalid", "import_name_missing", "invalid_role", null);
    }
}
