package dev.attackj.gap.profile;

import dev.attackj.core.FuzzSeeds;
import dev.attackj.core.Fuzzer;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorFilesFuzzTest {

  private static final KnowledgeBase KB = KnowledgeBase.of(
      StixReader.lenient().read(FuzzSeeds.smallBundle(), "small-bundle.json"));

  private static final List<byte[]> DETTECT = Fuzzer.utf8("""
      version: 1.0
      file_type: group-administration
      platform: [Windows, Linux]
      groups:
        - group_name: <script>alert(1)</script>
          campaign: ../../etc/x
          technique_id: {T1059: 10, T1059.001: 3, T1003: x}
          software_id: [S0154]
          enabled: true
        - group_name: Second
          technique_id: [T1059, T1086]
        - group_name: Off
          enabled: false
          technique_id: [T1003]
      """);

  private static final List<byte[]> CSV = Fuzzer.utf8("""
      technique,weight
      T1059,5
      "T1059.001";2
      # comment
      =cmd|' /C calc'!A0,1
      T1003\tnot-a-number
      """);

  private static final List<byte[]> LAYER = Fuzzer.utf8("""
      {"name": "Incident <b>42</b>", "domain": "enterprise-attack", "versions": {"layer": "4.5"},
       "techniques": [{"techniqueID": "T1059", "score": 50},
         {"techniqueID": "T1059.001", "score": 100, "links": [{"label": "x",
           "url": "javascript:alert(1)"}]}, {"techniqueID": "T1003", "enabled": false}]}
      """);

  @Test
  void dettect_mutatedFiles_loadOrFailDocumented(@TempDir Path folder) {
    Fuzzer fuzzer = Fuzzer.of("actors-dettect", DETTECT);

    fuzzer.run((bytes, source) -> {
      Path file = Files.write(folder.resolve(source), bytes);
      ThreatProfile.builder(KB).dettect(file).build();
    });
  }

  @Test
  void csv_mutatedFiles_loadOrFailDocumented(@TempDir Path folder) {
    Fuzzer fuzzer = Fuzzer.of("actors-csv", CSV);

    fuzzer.run((bytes, source) -> {
      Path file = Files.write(folder.resolve(source), bytes);
      ThreatProfile.builder(KB).csv(file, 1.0).build();
    });
  }

  @Test
  void layer_mutatedFiles_loadOrFailDocumented(@TempDir Path folder) {
    Fuzzer fuzzer = Fuzzer.of("actors-layer", LAYER).withGzip();

    fuzzer.run((bytes, source) -> {
      Path file = Files.write(folder.resolve(source), bytes);
      ThreatProfile.builder(KB).layer(file, 1.0).build();
    });
  }
}
