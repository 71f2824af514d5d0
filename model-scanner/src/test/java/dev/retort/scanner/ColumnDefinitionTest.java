package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting a column definition into the type and the clauses PostgreSQL reads after it. */
class ColumnDefinitionTest {

    private static ColumnDefinition parse(String text) {
        return ColumnDefinition.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"varchar(255)", "timestamp(6) with time zone", "double precision", "character varying(20)",
            "numeric(10, 2)", "varchar(255) array", "integer[]", "int[3][]", "interval day to second(3)", "jsonb",
            "public.citext", "\"MyType\"", "bit varying(5)", "geometry(Point, 4326)", "timestamp(3) without time zone",
            "text ARRAY[4]"})
    void aTypeAloneStaysAsWritten(String type) {
        assertEquals(new ColumnDefinition(type, null, null, null), parse(type));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "boolean default false                          | boolean                     | false",
            "timestamp with time zone default now()         | timestamp with time zone    | now()",
            "timestamp(3) with time zone DEFAULT now()      | timestamp(3) with time zone | now()",
            "uuid default gen_random_uuid()                 | uuid                        | gen_random_uuid()",
            "double precision default 1.5e3                 | double precision            | 1.5e3",
            "character varying(20) default 'x'::character varying | character varying(20) | 'x'::character varying",
            "text default 'x'::text                         | text                        | 'x'::text",
            "varchar(10) default '('                        | varchar(10)                 | '('",
            "varchar(10) default ')'                        | varchar(10)                 | ')'",
            "varchar(10) default 'it''s not null'           | varchar(10)                 | 'it''s not null'",
            "text default E'a\\'b not null'                 | text                        | E'a\\'b not null'",
            "text default $$ not null $$                    | text                        | $$ not null $$",
            "text default $q$ it's $q$                      | text                        | $q$ it's $q$",
            "numeric(10, 2) default (1 + 2) * 3             | numeric(10, 2)              | (1 + 2) * 3",
            "text default concat('a', lower(upper('(b')), 'c') | text                     | concat('a', lower(upper('(b')), 'c')",
            "text default case when true then null else 'x' end | text                    | case when true then null else 'x' end",
            "integer default -1                             | integer                     | -1",
            "integer default 1 + null                       | integer                     | 1 + null",
            "timestamp default current_timestamp            | timestamp                   | current_timestamp",
            "int[] default '{1,2}'                          | int[]                       | '{1,2}'",
            "int[] default array[1, 2]                      | int[]                       | array[1, 2]",
            "interval default interval '1 day'              | interval                    | interval '1 day'",
            "\"Default\" default 1                          | \"Default\"                 | 1",
            "text default \"x\"()                            | text                        | \"x\"()",
            "bytea default '\\x00'::bytea                   | bytea                       | '\\x00'::bytea",
            "text default U&'\\0041 null'                   | text                        | U&'\\0041 null'",
            "date default ('now'::text)::date               | date                        | ('now'::text)::date"})
    void theDefaultIsTheExpressionAfterTheType(String text, String type, String expression) {
        assertEquals(new ColumnDefinition(type, expression, null, null), parse(text));
    }

    @Test
    void notNullAndNullAfterTheDefaultOrTheType() {
        assertEquals(new ColumnDefinition("varchar(20)", "'x'", false, null), parse("varchar(20) default 'x' not null"));
        assertEquals(new ColumnDefinition("timestamp", "now()", false, null), parse("timestamp default now() not null"));
        assertEquals(new ColumnDefinition("timestamp", "now()", false, null), parse("timestamp NOT NULL DEFAULT now()"));
        assertEquals(new ColumnDefinition("text", "'x'::text", false, null), parse("text default 'x'::text not null"));
        assertEquals(new ColumnDefinition("integer", "0", true, null), parse("integer default 0 null"));
        assertEquals(new ColumnDefinition("double precision", null, false, null), parse("double precision not null"));
        assertEquals(new ColumnDefinition("int", "(1)", false, null), parse("int default(1)not null"));
        assertEquals(new ColumnDefinition("text", null, true, null), parse("text null"));
        assertEquals(new ColumnDefinition("text", null, false, null), parse("text not null not null"));
        assertEquals(new ColumnDefinition("int", "2", false, null), parse("int\n  default 2\tnot   null"));
    }

    @Test
    void defaultNullIsNoDefault() {
        assertEquals(new ColumnDefinition("int", null, null, null), parse("int default null"));
        assertEquals(new ColumnDefinition("text", null, false, null), parse("text default NULL::text not null"));
        assertEquals(new ColumnDefinition("text", "null || 'x'", null, null), parse("text default null || 'x'"));
    }

    @Test
    void collationIsSplitOff() {
        assertEquals(new ColumnDefinition("varchar(40)", null, null, "\"C\""), parse("varchar(40) collate \"C\""));
        assertEquals(new ColumnDefinition("text", "'a'", false, "pg_catalog.\"default\""),
                parse("text COLLATE pg_catalog.\"default\" default 'a' not null"));
        assertEquals(new ColumnDefinition("text", "'a'", null, "\"en_US\""), parse("text default 'a' collate \"en_US\""));
    }

    @ParameterizedTest
    @CsvSource({"serial, serial", "SERIAL4, serial", "bigserial, bigserial", "serial8, bigserial",
            "smallserial, smallserial", "serial2, smallserial", "' bigserial not null', bigserial"})
    void serialTypesAreNotNullWithoutDefault(String text, String type) {
        ColumnDefinition definition = parse(text);
        assertEquals(new ColumnDefinition(type, null, false, null), definition);
        assertTrue(definition.serial());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bigint primary key                  | declares PRIMARY KEY, which Retort does not read from a columnDefinition: use @Id instead",
            "varchar(20) unique                  | declares UNIQUE, which Retort does not read from a columnDefinition: use @Column(unique = true)",
            "int check (x > 0)                   | declares CHECK, which Retort does not read from a columnDefinition: use @Column(check = @CheckConstraint(...)) or @Check",
            "int not null check (x > 0)          | declares CHECK",
            "bigint references customer(id)      | declares REFERENCES, which Retort does not read from a columnDefinition: use @ManyToOne",
            "bigint generated always as identity | declares GENERATED, which Retort does not read from a columnDefinition: use @GeneratedValue",
            "int generated always as (a + 1) stored | declares GENERATED",
            "int default 1 constraint c check (true) | declares CONSTRAINT",
            "int references t deferrable          | declares REFERENCES",
            "int not deferrable                   | declares NOT DEFERRABLE",
            "text compression pglz                | sets COMPRESSION, which Retort does not model",
            "default 0                            | does not start with a type",
            "int default                          | has DEFAULT without an expression",
            "int default 1 default 2              | has two DEFAULT clauses",
            "int null not null                    | says both NULL and NOT NULL",
            "int not null foo                     | has unexpected 'foo' after NOT NULL",
            "text default 'x                      | does not close a quote",
            "text default (1                      | leaves a bracket or CASE open",
            "text default 1)                      | closes a bracket it never opened",
            "text default 1 -- no                 | holds an SQL comment",
            "bigserial default 1                  | makes a bigserial column, which takes its default from its own sequence",
            "serial null                          | makes a serial column, which is always NOT NULL"})
    void clausesTheModelCannotHoldAndTextPostgresqlRejects(String text, String reason) {
        ColumnDefinition.Unreadable e = assertThrows(ColumnDefinition.Unreadable.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith(reason), e.getMessage());
    }
}
