package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JpegCodecTest {

    @Test
    void roundTripKeepsShapeAndChannels() {
        Image8 rgb = PilTestPattern.of(3);
        Image8 gray = PilTestPattern.of(1);
        assertThat(JpegCodec.pil(50).roundTrip(rgb).describe()).isEqualTo("37x29x3");
        assertThat(JpegCodec.pil(50).roundTrip(gray).describe()).isEqualTo("37x29x1");
    }

    @Test
    void higherQualityGivesMoreBytes() {
        Image8 rgb = PilTestPattern.of(3);
        assertThat(JpegCodec.pil(90).encode(rgb).length).isGreaterThan(JpegCodec.pil(10).encode(rgb).length);
    }

    @Test
    void idsNameTheSetting() {
        assertThat(JpegCodec.pil(10).id()).isEqualTo("jpeg(q=10)");
        assertThat(new JpegCodec(10, ChromaSubsampling.S444).id()).isEqualTo("jpeg(q=10,sub=444)");
    }

    @Test
    void truncatedJpegIsAClearErrorNamingTheSource() {
        byte[] full = JpegCodec.pil(50).encode(PilTestPattern.of(3));
        byte[] truncated = Arrays.copyOf(full, 40);
        assertThatThrownBy(() -> JpegCodec.pil(50).decode(truncated, "cut.jpg"))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("cut.jpg");
    }

    @Test
    void aCodecReusedAcrossSizesKindsAndThreadsWritesWhatAFreshOneWrites() {
        Image8 rgb = PilTestPattern.of(3);
        Image8 gray = PilTestPattern.of(1);
        Image8 small = rgb.crop(0, 0, 16, 8);
        List<Image8> images = List.of(rgb, small, gray, rgb, small, gray);
        JpegCodec reused = JpegCodec.pil(30);
        List<byte[]> sequential = images.stream().map(reused::encode).toList();
        for (int i = 0; i < images.size(); i++) {
            assertThat(sequential.get(i)).isEqualTo(JpegCodec.pil(30).encode(images.get(i)));
        }
        List<byte[]> parallel = IntStream.range(0, 64).parallel().mapToObj(i -> reused.encode(images.get(i % 6)))
                .toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % 6));
        }
    }

    @Test
    void theReusedJpegReaderDecodesWhatImageIoFindsForTheBytes() {
        Image8 rgb = PilTestPattern.of(3);
        List<byte[]> streams = List.of(JpegCodec.pil(30).encode(rgb), JpegCodec.pil(90).encode(rgb.crop(0, 0, 16, 8)),
                JpegCodec.pil(10).encode(PilTestPattern.of(1)));
        List<Image8> probed = streams.stream().map(b -> ImageFiles.decode(b, "probed")).toList();
        List<Image8> parallel = IntStream.range(0, 48).parallel()
                .mapToObj(i -> JpegCodec.pil(50).decode(streams.get(i % 3), "reused")).toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(probed.get(i % 3));
        }
    }
}
