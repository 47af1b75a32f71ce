package dev.yifa.assessment.scheme;

/** Small schemes for tests. */
final class Schemes {
  private Schemes() {}

  /** 100 points: a ratio (40), a count (30), a yes/no (20), a graded (10) and a veto. */
  static final String SMALL =
      """
      { "type": "assessment-scheme", "id": "t/1", "title": "测试方案", "total": 100,
        "indicators": [
          { "id": "g", "name": "组", "points": 70, "children": [
            { "id": "filing", "name": "报备率", "points": 40, "kind": "RATIO", "target": 1, "zeroAt": 0.8 },
            { "id": "unlawful", "name": "违法文件", "points": 30, "kind": "COUNT", "perItem": 10, "cap": 30 } ] },
          { "id": "adviser", "name": "法律顾问", "points": 20, "kind": "YES_NO" },
          { "id": "quality", "name": "质量", "points": 10, "kind": "GRADED",
            "levels": [ { "level": "A", "points": 10 }, { "level": "A-", "points": 9.99 }, { "level": "B", "points": 6 }, { "level": "C", "points": 0 } ] },
          { "id": "incident", "name": "重大事件", "points": 0, "kind": "VETO", "veto": "FAIL" } ],
        "grades": [ { "id": "EXCELLENT", "name": "优秀", "min": 90 }, { "id": "GOOD", "name": "良好", "min": 80 },
                    { "id": "PASS", "name": "合格", "min": 60 }, { "id": "FAIL", "name": "不合格", "min": 0 } ],
        "awards": [ { "id": "trophy", "name": "流动红旗", "topN": 3, "recordedIn": "年鉴" } ] }
      """;

  static String unit(String id, String filingNum, String filingDen, int unlawful, boolean adviser, String level, boolean incident) {
    return "{ \"id\": \"" + id + "\", \"name\": \"单位" + id + "\", \"values\": {"
        + " \"filing\": { \"numerator\": " + filingNum + ", \"denominator\": " + filingDen + " },"
        + " \"unlawful\": { \"count\": " + unlawful + " },"
        + " \"adviser\": { \"yes\": " + adviser + " },"
        + " \"quality\": { \"level\": \"" + level + "\" },"
        + " \"incident\": { \"yes\": " + incident + " } } }";
  }

  static String data(String period, String... units) {
    return "{ \"type\": \"assessment-data\", \"scheme\": \"t/1\", \"period\": \"" + period + "\", \"units\": ["
        + String.join(",", units) + "] }";
  }
}
