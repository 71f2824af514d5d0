package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeKeysTest {

    @Test
    void keysFromCheckJson() {
        String json = """
                {"operations":[
                 {"op":"add_table","schema":null,"table":"t0100","columns":["id","c01"]},
                 {"op":"add_sequence","schema":null,"table":null,"name":"t0100_seq","increment":50,"start":1},
                 {"op":"modify_type","schema":null,"table":"t0015","column":"c07","from":"character varying(120)","to":"character varying(140)"},
                 {"op":"modify_nullable","schema":null,"table":"t0009","column":"c08","from":true,"to":false},
                 {"op":"remove_fk","schema":"other","table":"t0084","name":"fk_t0084_ref","columns":["ref_id"],"on_delete":"NO ACTION"},
                 {"op":"add_column","schema":null,"table":"t0058","column":"cnew","type":"numeric(10,2)","nullable":true,"default":null},
                 {"op":"add_check","schema":null,"table":"t1","name":"t1_c_check","expression":"c > 0 \\"q\\" \\u00e9"}
                ]}""";
        assertEquals(List.of("add_table t0100", "add_sequence t0100_seq", "modify_type t0015 c07 varchar(140)",
                "modify_nullable t0009 c08 false", "remove_fk other.t0084 fk_t0084_ref", "add_column t0058 cnew",
                "add_check t1 t1_c_check"), ChangeKeys.ofCheckOutput(json));
    }

    @Test
    void emptyAndMalformed() {
        assertEquals(List.of(), ChangeKeys.ofCheckOutput("{\"operations\":[]}\n"));
        assertThrows(IllegalArgumentException.class, () -> ChangeKeys.ofCheckOutput(""));
        assertThrows(IllegalArgumentException.class, () -> ChangeKeys.ofCheckOutput("{\"ops\":[]}"));
        assertEquals("numeric(12,2)", ChangeKeys.type("NUMERIC(12, 2)"));
    }
}
