package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.catalog.Catalog;
import id.netral.core.internal.CatalogCodec;
import id.netral.core.internal.CatalogLoader;
import id.netral.core.internal.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CatalogCodecTest {

  @Test
  void binaryCatalogInTheJar_decoded_equalsTheCatalogReadFromTheYaml() throws IOException {
    // given
    RuleSource yaml = RuleSource.classpath(getClass().getClassLoader(), "id/netral/catalog");
    Catalog fromYaml = CatalogLoader.load(yaml, CatalogLoader.manifest(yaml));
    byte[] bin;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("id/netral/catalog/" + CatalogCodec.FILE)) {
      assertThat(in).as("the build writes catalog.bin").isNotNull();
      bin = in.readAllBytes();
    }

    // when
    Catalog decoded = CatalogCodec.decode(bin);

    // then
    assertThat(decoded.version()).isEqualTo(fromYaml.version());
    assertThat(decoded.digest()).isEqualTo(fromYaml.digest());
    assertThat(decoded.instruments()).isEqualTo(fromYaml.instruments());
    assertThat(decoded.provisions()).isEqualTo(fromYaml.provisions());
    assertThat(decoded.elections()).isEqualTo(fromYaml.elections());
    assertThat(decoded.questions()).isEqualTo(fromYaml.questions());
    assertThat(decoded.interpretations()).isEqualTo(fromYaml.interpretations());
  }
}
