package io.crbench.codec;

import io.crbench.degradation.Condition;
import io.crbench.image.Image8;
import io.crbench.image.ImageDecodeException;
import io.crbench.image.ImageFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * Baseline JPEG through ImageIO, byte-identical to PIL's {@code Image.save(buf, "JPEG", quality=q)}
 * (libjpeg-turbo, default settings) for RGB at 4:2:0 / 4:2:2 / 4:4:4 and for gray images.
 *
 * <p>Three things make ImageIO's libjpeg write PIL's bytes: IJG tables scaled with libjpeg's integer
 * formula ({@link IjgQuantTables}) set through the image metadata, the sampling factors set there
 * too, and a JFIF 1.01 header (libjpeg's; ImageIO defaults to 1.02). Huffman tables stay the
 * standard Annex K ones, as in PIL without {@code optimize=True}. Decoding is ImageIO's JPEG reader.
 *
 * <p>Where the system has libjpeg-turbo's {@code libturbojpeg}, the library PIL links, encoding and
 * decoding go through it instead ({@link TurboJpeg}): the same bytes and pixels, two to three
 * times faster. {@code -Dcrbench.jpeg=imageio} keeps ImageIO; {@link #library()} says
 * which one a run uses.
 */
public final class JpegCodec implements Codec {
    /** The system property that selects ImageIO even where libjpeg-turbo is present. */
    public static final String LIBRARY_PROPERTY = "crbench.jpeg";
    private static final boolean TURBO = useTurboJpeg();
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";
    /**
     * ImageIO's JPEG writer, one per thread and reused: looking one up and creating it per image
     * cost more than encoding a 32x32 image.
     */
    private static final ThreadLocal<ImageWriter> WRITER = ThreadLocal.withInitial(JpegCodec::jpegWriter);

    private final int quality;
    private final ChromaSubsampling subsampling;
    /**
     * The PIL-compatible metadata per BufferedImage type, built once per thread (a metadata tree per
     * image was the other large cost on small images); each thread's writer reads its own copy.
     */
    private final ThreadLocal<Map<Integer, IIOMetadata>> metadata = ThreadLocal.withInitial(HashMap::new);

    /**
     * @param quality quality factor 1..100 (PIL/libjpeg meaning)
     * @param subsampling chroma subsampling for RGB input (ignored for gray)
     */
    public JpegCodec(int quality, ChromaSubsampling subsampling) {
        IjgQuantTables.requireQuality(quality);
        this.quality = quality;
        this.subsampling = subsampling;
    }

    /** PIL's defaults: 4:2:0 for RGB. */
    public static JpegCodec pil(int quality) {
        return new JpegCodec(quality, ChromaSubsampling.S420);
    }

    public int quality() {
        return quality;
    }

    public ChromaSubsampling subsampling() {
        return subsampling;
    }

    @Override
    public String id() {
        return subsampling == ChromaSubsampling.S420
                ? "jpeg(q=" + quality + ")"
                : "jpeg(q=" + quality + ",sub=" + subsampling.shortName() + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jpeg").level("q", quality);
    }

    /** The JPEG library this JVM encodes and decodes with, in words (for the report's environment). */
    public static String library() {
        if (TURBO) {
            return "libjpeg-turbo (TurboJPEG)";
        }
        return TurboJpeg.available() ? "ImageIO (-D" + LIBRARY_PROPERTY + "=imageio)"
                : "ImageIO (" + TurboJpeg.unavailableReason() + ")";
    }

    @Override
    public byte[] encode(Image8 image) {
        return TURBO ? TurboJpeg.encode(image, quality, subsampling) : encodeWithImageIo(image);
    }

    /** The ImageIO path of {@link #encode}, used where libjpeg-turbo is not. */
    byte[] encodeWithImageIo(Image8 image) {
        ImageWriter writer = WRITER.get();
        try {
            var buffered = image.toBufferedImage();
            ImageWriteParam param = writer.getDefaultWriteParam();
            Map<Integer, IIOMetadata> byType = metadata.get();
            IIOMetadata pil = byType.get(buffered.getType());
            if (pil == null) {
                pil = writer.getDefaultImageMetadata(new ImageTypeSpecifier(buffered), param);
                pil.setFromTree(FORMAT, pilCompatibleTree(pil));
                byType.put(buffered.getType(), pil);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.pixelCount() / 2 + 1024);
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(buffered, null, pil), param);
            } finally {
                writer.reset();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new CodecException("JPEG encoding failed at " + id() + " for a " + image.describe() + " image", e);
        }
    }

    @Override
    public Image8 decode(byte[] encoded, String source) {
        if (TURBO) {
            return TurboJpeg.decode(encoded, source + " (" + id() + ")");
        }
        return decodeWithImageIo(encoded, source);
    }

    /** The ImageIO path of {@link #decode}, used where libjpeg-turbo is not. */
    Image8 decodeWithImageIo(byte[] encoded, String source) {
        try {
            return ImageFiles.decodeJpeg(encoded, source);
        } catch (ImageDecodeException e) {
            throw new CodecException("JPEG decoding failed (" + id() + "): " + e.getMessage(), e);
        }
    }

    private IIOMetadataNode pilCompatibleTree(IIOMetadata metadata) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("majorVersion", "1");
        jfif.setAttribute("minorVersion", "1");
        NodeList tables = root.getElementsByTagName("dqtable");
        for (int i = 0; i < tables.getLength(); i++) {
            IIOMetadataNode table = (IIOMetadataNode) tables.item(i);
            int id = Integer.parseInt(table.getAttribute("qtableId"));
            int[] values = id == 0 ? IjgQuantTables.luminance(quality) : IjgQuantTables.chrominance(quality);
            table.setUserObject(new JPEGQTable(values));
        }
        NodeList components = root.getElementsByTagName("componentSpec");
        if (components.getLength() == 3) {
            setSampling((IIOMetadataNode) components.item(0), subsampling.lumaHorizontal(), subsampling.lumaVertical());
            setSampling((IIOMetadataNode) components.item(1), 1, 1);
            setSampling((IIOMetadataNode) components.item(2), 1, 1);
        }
        return root;
    }

    private static void setSampling(IIOMetadataNode component, int h, int v) {
        component.setAttribute("HsamplingFactor", Integer.toString(h));
        component.setAttribute("VsamplingFactor", Integer.toString(v));
    }

    private static boolean useTurboJpeg() {
        String choice = System.getProperty(LIBRARY_PROPERTY, "");
        if (!choice.isEmpty() && !choice.equals("imageio")) {
            throw new IllegalArgumentException("-D" + LIBRARY_PROPERTY + "=" + choice
                    + " is not a JPEG library setting: leave it unset (libjpeg-turbo where present) or set it to imageio");
        }
        return choice.isEmpty() && TurboJpeg.available();
    }

    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new CodecException("no ImageIO JPEG writer in this JVM");
        }
        return writers.next();
    }

    @Override
    public String toString() {
        return id();
    }
}
