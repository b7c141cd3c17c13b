package org.smtpreply.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.site.result.SiteException;

/**
 * D19: a 100,000-entry usages.json made a 245 MB usage page per language and took 2 GB of memory.
 * The index is bounded, and what is beyond the bound is one line saying so.
 */
class UsageIndexTest {
  @TempDir Path dir;

  private Path index(int count) throws IOException {
    StringBuilder json = new StringBuilder("{\"format\": 1, \"usages\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("{\"element\": \"demo.Reply").append(i)
          .append("\", \"kind\": \"class\", \"code\": 550, \"enhanced\": \"5.1.1\", \"text\": \"Rejected\"}");
    }
    Path file = dir.resolve("usages-" + count + ".json");
    Files.writeString(file, json.append("]}").toString());
    return file;
  }

  @Test
  void asManyUsagesAsTheLimitArePublished() throws IOException {
    assertEquals(UsageIndex.MAX_USAGES, UsageIndex.read(index(UsageIndex.MAX_USAGES)).usages().size());
  }

  @Test
  void moreUsagesThanTheLimitAreOneLine() throws IOException {
    Path file = index(UsageIndex.MAX_USAGES + 1);
    SiteException e = assertThrows(SiteException.class, () -> UsageIndex.read(file));
    assertEquals(List.of(file + ": lists 5001 usages, more than the 5000 a usage page publishes;"
        + " give the index of one project, or leave --usages out"), e.problems());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
    Path file = dir.resolve("large.json");
    Files.write(file, new byte[(int) UsageIndex.MAX_BYTES + 1]);
    SiteException e = assertThrows(SiteException.class, () -> UsageIndex.read(file));
    assertEquals(1, e.problems().size());
    assertEquals(file + ": is larger than 8 MB", e.problems().get(0).substring(0, e.problems().get(0).indexOf(',')));
  }

  @Test
  void aFolderIsNamedAsOne() {
    SiteException e = assertThrows(SiteException.class, () -> UsageIndex.read(dir));
    assertEquals(List.of(dir + ": is a folder, not a file; give the usages.json the processor wrote"), e.problems());
  }
}
