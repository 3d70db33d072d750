package org.resilib.competency.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "competency")
public class Competency extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "framework_id")
    public Long frameworkId;

    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    public int position;

    public boolean retired;
}
