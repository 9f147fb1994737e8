package io.crbench.baselines.afd;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.classifiers.UserSuppliedClassifiers;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AfdPublishedCells}: which of seed 002's printed cells the user's classifier can measure. */
class AfdPublishedCellsTest {

    @Test
    void onlyTheDirectTestColumnOfTheClassifierOnlyTablesIsMeasurable() {
        for (String id : List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")) {
            PublishedTable table = PublishedTables.load("002", id);
            for (PublishedCell cell : table.cells()) {
                boolean directTest = List.of("V", "VI", "IX", "X").contains(id) && cell.column().equals("DirectTest");
                assertThat(AfdPublishedCells.measurableWith(table, cell).isPresent())
                        .as("Table %s, %s / %s", id, cell.row(), cell.column()).isEqualTo(directTest);
            }
        }
    }

    @Test
    void aMeasurableCellNamesTheUsersClassifierOfItsRow() {
        PublishedTable table = PublishedTables.load("002", "V");
        assertThat(AfdPublishedCells.measurableWith(table, table.cell("ResNet-50/25", "DirectTest")))
                .contains(UserSuppliedClassifiers.RESNET50);
        assertThat(AfdPublishedCells.measurableWith(table, table.cell("ResNet-50/25", "Ours"))).isEmpty();
    }
}
