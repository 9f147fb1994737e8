package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.JpegCompression;
import io.crbench.reproduction.Measurement;
import org.junit.jupiter.api.Test;

class CellKeyTest {

    @Test
    void aCellIsWrittenAsRowSlashColumnAndAColumnlessCellAsItsRow() {
        TableKey table = TableKey.of("003", "2");

        assertThat(table.cell("JPEG", 10).cell()).isEqualTo("JPEG/10");
        assertThat(table.cell("JPEG", 10).atColumn(20).cell()).isEqualTo("JPEG/20");
        assertThat(TableKey.NONE.cell("int8-onnxruntime").cell()).isEqualTo("int8-onnxruntime");
        assertThat(table.cell("JPEG", 10).describe()).isEqualTo("paper 003 Table 2 cell JPEG/10");
    }

    @Test
    void aRowCarriesPaperTableAndCellOfItsKey() {
        ResultRecord row = ResultRecord.unpublished(Measurement.exact(MetricId.TOP1, 0.5, 10),
                TableKey.claimOf("001").cell("accuracy gain", 5), "cifar", "m", JpegCompression.at(5).condition(), "r");

        assertThat(row.paper()).isEqualTo("001");
        assertThat(row.table()).isEqualTo(TableKey.UNPUBLISHED);
        assertThat(row.cell()).isEqualTo("accuracy gain/5");
    }

    @Test
    void blankNamesAreRefusedWithWhatIsMissing() {
        assertThatThrownBy(() -> TableKey.of("", "2")).hasMessageContaining("paper");
        assertThatThrownBy(() -> TableKey.of("003", "2").cell(" ", 10)).hasMessageContaining("row");
        assertThatThrownBy(() -> TableKey.of("003", "2").cell("JPEG", "")).hasMessageContaining("column");
    }
}
