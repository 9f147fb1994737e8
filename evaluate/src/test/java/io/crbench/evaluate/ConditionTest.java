package io.crbench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
    @Test
    void gridArgumentsBecomeTypedConditionsWithCrbenchsDegradationIds() {
        assertThat(Condition.parse("jpeg:90, 10")).containsExactly(Condition.jpeg(90), Condition.jpeg(10));
        assertThat(Condition.parse("double-jpeg:90/70")).containsExactly(Condition.doubleJpeg(90, 70));
        assertThat(Condition.parse("clean")).containsExactly(Condition.clean());
        assertThat(Condition.jpeg(30).id()).isEqualTo("jpeg(q=30)");
        assertThat(Condition.doubleJpeg(90, 70).id()).isEqualTo("jpeg2(q1=90,q2=70,shift=0)");
        assertThat(Condition.doubleJpeg(90, 70).label()).isEqualTo("double-jpeg:90/70");
        assertThat(Condition.parse("AVIF:25").get(0).levels()).isEqualTo(List.of(25));
        assertThat(Condition.parse("jpeg:1..100")).hasSize(100).startsWith(Condition.jpeg(1)).endsWith(Condition.jpeg(100));
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> Condition.parse("jpeg:101")).hasMessageContaining("jpeg:101").hasMessageContaining("1..100");
        assertThatThrownBy(() -> Condition.parse("jpeg")).hasMessageContaining("FAMILY:LEVELS");
        assertThatThrownBy(() -> Condition.parse("jpeg:ten")).hasMessageContaining("'ten' is not an integer");
        assertThatThrownBy(() -> Condition.parse("double-jpeg:90")).hasMessageContaining("takes 2 level(s)");
        assertThatThrownBy(() -> Condition.parse("gif:10")).hasMessageContaining("unknown condition family 'gif'");
        assertThatThrownBy(() -> Condition.parse("jpeg:90..10")).hasMessageContaining("runs backwards");
    }
}
