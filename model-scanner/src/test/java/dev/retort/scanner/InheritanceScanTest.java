package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the scanner makes of JOINED and SINGLE_TABLE inheritance with a mapped superclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InheritanceScanTest {
    private static final ModelScanner SCANNER = new ModelScanner(Dialects.postgres());
    private ScanResult result;

    @BeforeAll
    void scan() {
        result = SCANNER.scan(Fixtures.request("inheritance"));
    }

    @Test
    void mappedSuperclassIsNoEntityButGivesItsColumns() {
        String p = Fixtures.BASE + "inheritance.";
        assertEquals(List.of(p + "BankPayment", p + "Car", p + "CardPayment", p + "Document", p + "Letter", p + "Memo",
                p + "Payment", p + "Truck", p + "Vehicle"), result.entityClasses());
        assertEquals(List.of("car", "letter", "memo", "payment", "truck", "vehicle"),
                result.model().tables().stream().map(Table::name).sorted().toList());
        assertEquals(List.of("wheels", "createdat", "id", "version", "make"), ScannedModel.columnNames(ScannedModel.table(result, "vehicle")));
        assertEquals(List.of(Sequence.of("document_seq").incrementBy(50), Sequence.of("payment_seq").incrementBy(50),
                Sequence.of("vehicle_seq").incrementBy(50)), result.model().sequences());
    }

    @Test
    void joinedSubclassesShareTheRootKey() {
        Table car = ScannedModel.table(result, "car");
        assertEquals(List.of("doors", "id", "bodystyle"), ScannedModel.columnNames(car));
        assertEquals(new PrimaryKey("car_pkey", List.of("id")), car.primaryKey());
        assertEquals(List.of("id"), ScannedModel.foreignKey(car, "id").referencedColumns());
        assertEquals("vehicle", ScannedModel.foreignKey(car, "id").referencedTable());
        Table truck = ScannedModel.table(result, "truck");
        assertEquals(new PrimaryKey("truck_pkey", List.of("vehicle_id")), truck.primaryKey());
        assertEquals("vehicle", ScannedModel.foreignKey(truck, "vehicle_id").referencedTable());
        assertEquals("numeric(8,1)", ScannedModel.column(truck, "payloadtons").type());
    }

    @Test
    void singleTableHasTheDiscriminatorAndChecksForSubclassColumns() {
        Table payment = ScannedModel.table(result, "payment");
        assertEquals(new Column("payment_type", "varchar(31)", false, null, null, null),
                ScannedModel.column(payment, "payment_type"));
        assertTrue(ScannedModel.column(payment, "expirymonth").nullable(), "subclass columns are nullable");
        assertEquals(List.of(
                new CheckConstraint("payment_payment_type_check", "payment_type in ('BANK','CARD')"),
                new CheckConstraint("payment_check", "payment_type <> 'BANK' or (instant is not null)"),
                new CheckConstraint("payment_check1", "payment_type <> 'CARD' or (expiryMonth is not null)")),
                payment.checks());
        assertEquals(new PrimaryKey("payment_pkey", List.of("id")), payment.primaryKey());
    }

    @Test
    void tablePerClassCopiesTheInheritedColumnsIntoEachTable() {
        Table letter = ScannedModel.table(result, "letter");
        assertEquals(List.of("id", "title", "recipient"), ScannedModel.columnNames(letter));
        assertEquals(List.of(new UniqueConstraint("letter_title_key", List.of("title"))), letter.uniques());
        Table memo = ScannedModel.table(result, "memo");
        assertEquals(List.of("urgent", "answers_id", "id", "title"), ScannedModel.columnNames(memo));
        assertEquals(new PrimaryKey("memo_pkey", List.of("id")), memo.primaryKey());
        assertEquals("letter", ScannedModel.foreignKey(memo, "answers_id").referencedTable());
    }
}
