package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresTypesTest {
    private final PostgresTypes types = new PostgresTypes();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "integer                          | integer",
        "int4                             | integer",
        "INT                              | integer",
        "serial                           | serial",
        "serial4                          | serial",
        "SERIAL8                          | bigserial",
        "serial2                          | smallserial",
        "int8                             | bigint",
        "bigserial                        | bigserial",
        "int2                             | smallint",
        "float(53)                        | double precision",
        "float8                           | double precision",
        "double precision                 | double precision",
        "float(24)                        | real",
        "float4                           | real",
        "bool                             | boolean",
        "varchar(255)                     | varchar(255)",
        "character varying(255)           | varchar(255)",
        "character varying                | varchar",
        "char(3)                          | char(3)",
        "character(1)                     | char(1)",
        "char                             | char(1)",
        "bpchar                           | bpchar",
        "decimal(10,2)                    | numeric(10,2)",
        "numeric(10, 2)                   | numeric(10,2)",
        "numeric(5)                       | numeric(5,0)",
        "timestamp(6)                     | timestamp(6)",
        "timestamp without time zone      | timestamp",
        "timestamp(3) without time zone   | timestamp(3)",
        "timestamp(6) with time zone      | timestamp(6) with time zone",
        "timestamptz                      | timestamp with time zone",
        "time(0)                          | time(0)",
        "time with time zone              | time with time zone",
        "_text                            | text[]",
        "text[]                           | text[]",
        "character varying(20)[]          | varchar(20)[]",
        "uuid                             | uuid",
        "jsonb                            | jsonb",
        "bit varying(8)                   | bit varying(8)",
    })
    void spellsEveryAliasTheSameWay(String written, String canonical) {
        assertEquals(canonical, types.canonical(written));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "int4                        | integer",
        "varchar(255)                | character varying(255)",
        "float8                      | float(53)",
        "float                       | double precision",
        "timestamp(6)                | timestamp without time zone",
        "timestamp                   | timestamp(6)",
        "time                        | time(6)",
        "time without time zone      | time(6) without time zone",
        "timetz                      | time(6) with time zone",
        "timestamp(6) with time zone | timestamptz",
        "timestamp with time zone    | timestamp(6) with time zone",
        "interval                    | interval(6)",
        "interval second             | interval second(6)",
        "char                        | char(1)",
        "character                   | bpchar(1)",
        "bit                         | bit(1)",
        "varchar                     | character varying",
        "numeric                     | decimal",
        "numeric(10)                 | numeric(10,0)",
        "int(11)                     | integer",
        "bigserial                   | bigint",
        "serial                      | int4",
        "smallserial                 | smallint",
        "_int4                       | integer[]",
    })
    void treatsSpellingsAndDefaultModifiersAsTheSame(String a, String b) {
        assertTrue(types.same(a, b));
        assertTrue(types.same(b, a));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiter = '|', value = {
        "varchar(100)  | varchar(255)",
        "varchar       | varchar(100)",
        "varchar       | character varying(255)",
        "numeric       | numeric(38,2)",
        "numeric       | numeric(10,0)",
        "bit varying   | bit varying(8)",
        "bpchar        | char(1)",
        "timestamp(3)  | timestamp",
        "time(0)       | time",
        "interval(3)   | interval",
        "bit(2)        | bit",
        "int4          | int8",
        "serial        | bigint",
        "bigserial     | integer",
        "numeric(10,2) | numeric(12,2)",
        "timestamp     | timestamptz",
        "text          | text[]",
        "float(24)     | float(53)",
        "char(1)       | varchar(1)",
    })
    void seesRealDifferences(String a, String b) {
        assertFalse(types.same(a, b));
        assertFalse(types.same(b, a));
    }

    @ParameterizedTest(name = "{0}: serial {1}, {2}, stores {3}")
    @CsvSource(delimiter = '|', value = {
        "bigserial | true  | bigserial   | bigint",
        "serial8   | true  | bigserial   | bigint",
        "serial    | true  | serial      | integer",
        "serial2   | true  | smallserial | smallint",
        "bigint    | false | bigserial   | bigint",
        "int4      | false | serial      | int4",
        "smallint  | false | smallserial | smallint",
        "numeric   | false |             | numeric",
        "bigint[]  | false |             | bigint[]",
    })
    void knowsTheSerialTypes(String type, boolean serial, String serialSpelling, String storage) {
        assertEquals(serial, types.isSerial(type));
        assertEquals(serialSpelling, types.serialOf(type));
        assertEquals(storage, types.storageType(type));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "integer      | bigint        | true",
        "varchar(10)  | text          | true",
        "integer      | varchar(10)   | true",
        "varchar(10)  | integer       | false",
        "timestamp    | timestamptz   | true",
        "text         | uuid          | false",
    })
    void knowsWhichConversionsNeedUsing(String from, String to, boolean implicit) {
        assertEquals(implicit, types.convertsImplicitly(types.parse(from), types.parse(to)));
    }
}
