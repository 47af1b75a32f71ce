package dev.yifa.assessment.card;

import dev.yifa.assessment.card.Card.ConsequenceInForce;
import dev.yifa.assessment.card.Card.Contribution;
import dev.yifa.assessment.card.Card.IssuedCard;
import dev.yifa.assessment.card.Card.PendingAppeal;
import java.util.List;

/** Renders cards for people, in Chinese or English. */
final class CardText {
  private CardText() {}

  static String render(Card c, boolean zh) {
    StringBuilder sb = new StringBuilder(512);
    sb.append(c.officer()).append(' ').append(c.name()).append("  ");
    if (zh) {
      sb.append(c.colour().chinese()).append("  ").append(c.points()).append(" 分（自 ")
          .append(c.periodStart()).append(" 起计；黄卡 ").append(c.yellowAt()).append(" 分，红卡 ")
          .append(c.redAt()).append(" 分）  截至 ").append(c.asOf()).append("  政策 ").append(c.policy()).append('\n');
    } else {
      sb.append(c.colour()).append("  ").append(c.points()).append(" points (counted from ")
          .append(c.periodStart()).append("; yellow at ").append(c.yellowAt()).append(", red at ")
          .append(c.redAt()).append(")  as of ").append(c.asOf()).append("  policy ").append(c.policy()).append('\n');
    }
    if (!c.contributions().isEmpty()) {
      sb.append(zh ? "  计分事件\n" : "  findings\n");
      for (Contribution f : c.contributions()) {
        boolean counts = f.status() == Card.Status.COUNTED || f.status() == Card.Status.COUNTED_UNDER_APPEAL;
        sb.append("    ").append(f.date()).append("  ").append(f.event()).append("  ")
            .append(f.misconduct()).append(' ').append(f.misconductName()).append("  ")
            .append(counts ? "+" + f.points() : "(" + f.points() + ")").append("  ")
            .append(status(f, zh)).append('\n');
        if (f.basis() != null) {
          sb.append("      ").append(zh ? "依据 " : "basis ").append(f.basis());
          if (f.caseId() != null) {
            sb.append(zh ? "  案件 " : "  case ").append(f.caseId());
          }
          sb.append('\n');
        }
      }
    }
    if (!c.cards().isEmpty()) {
      sb.append(zh ? "  有效卡\n" : "  cards in force\n");
      for (IssuedCard card : c.cards()) {
        sb.append("    ").append(card.date()).append("  ").append(zh ? card.colour().chinese() : card.colour().name())
            .append("  ").append(reason(card, c, zh)).append(zh ? "  有效至 " : "  until ").append(card.until())
            .append('\n');
      }
    }
    if (!c.consequences().isEmpty()) {
      sb.append(zh ? "  后果\n" : "  consequences\n");
      for (ConsequenceInForce q : c.consequences()) {
        sb.append("    ").append(zh ? q.kind().chinese() : q.kind().name()).append("  ").append(q.from())
            .append(zh ? " 至 " : " to ")
            .append(q.until() == null ? (zh ? "重新取得执法证件" : "a new certificate") : q.until().toString())
            .append('\n');
      }
    }
    List<PendingAppeal> pending = c.pendingAppeals();
    for (PendingAppeal p : pending) {
      sb.append(zh ? "  申诉待决 " : "  appeal pending ").append(p.event()).append(zh ? "（针对 " : " (against ")
          .append(p.appealOf()).append(zh ? "，" : ", lodged ").append(p.lodgedOn()).append(zh ? " 提出）\n" : ")\n");
    }
    Card.Certificate cert = c.certificate();
    if (zh) {
      sb.append("  执法证件 ").append(cert.recorded() ? cert.number() + " " + status(cert) : "未记录")
          .append(cert.validUntil() == null ? "" : "，有效至 " + cert.validUntil())
          .append(c.mayEnforce() ? "；可以执法\n" : "；不得执法\n");
    } else {
      sb.append("  certificate ").append(cert.recorded() ? cert.number() + " " + cert.status() : "not recorded")
          .append(cert.validUntil() == null ? "" : ", valid until " + cert.validUntil())
          .append(c.mayEnforce() ? "; may enforce\n" : "; may not enforce\n");
    }
    if (c.recoversOn() != null) {
      sb.append(zh ? "  恢复绿卡 " : "  green again on ").append(c.recoversOn()).append('\n');
    }
    return sb.toString();
  }

  private static String status(Card.Certificate cert) {
    return switch (cert.status()) {
      case ACTIVE -> "有效";
      case SUSPENDED -> "暂扣";
      case REVOKED -> "吊销";
      case RETIRED -> "离岗";
    };
  }

  private static String status(Contribution f, boolean zh) {
    String by = f.by() == null ? "" : " " + f.by();
    return switch (f.status()) {
      case COUNTED -> zh ? "计入" : "counted";
      case COUNTED_UNDER_APPEAL -> (zh ? "计入，申诉待决" : "counted, appeal pending") + by;
      case HELD_BACK_UNDER_APPEAL -> (zh ? "申诉待决，暂不计入" : "held back, appeal pending") + by;
      case SET_ASIDE_ON_APPEAL -> (zh ? "申诉成立，不计分" : "set aside on appeal") + by;
      case SUPERSEDED -> (zh ? "已被更正" : "superseded by") + by;
      case OUTSIDE_PERIOD -> zh ? "不在本考核周期" : "before the period";
    };
  }

  private static String reason(IssuedCard card, Card c, boolean zh) {
    return switch (card.reason()) {
      case POINTS -> zh
          ? "积分达 " + card.pointsThen() + " 分（" + card.event() + "）"
          : card.pointsThen() + " points (" + card.event() + ")";
      case IMMEDIATE -> zh ? "直接红卡行为（" + card.event() + "）" : "immediate red (" + card.event() + ")";
      case ESCALATION -> zh
          ? "12 个月内再次亮卡，升为红卡（前次 " + card.escalatedFrom() + "，" + card.event() + "）"
          : "another card within the escalation months, made red (earlier card " + card.escalatedFrom() + ", "
              + card.event() + ")";
      case RECORDED -> zh ? "决定亮卡（" + card.event() + "）" : "issued by decision (" + card.event() + ")";
    };
  }

  static String summary(List<Card> cards, boolean zh) {
    int idWidth = zh ? 4 : 7;
    int nameWidth = zh ? 4 : 4;
    for (Card c : cards) {
      idWidth = Math.max(idWidth, width(c.officer()));
      nameWidth = Math.max(nameWidth, width(c.name()));
    }
    StringBuilder sb = new StringBuilder(64 + cards.size() * 64);
    pad(sb, zh ? "人员" : "officer", idWidth).append("  ");
    pad(sb, zh ? "姓名" : "name", nameWidth).append("  ");
    pad(sb, zh ? "卡" : "card", 6).append("  ");
    pad(sb, zh ? "积分" : "points", 6).append("  ");
    pad(sb, zh ? "恢复日期" : "green again", 11).append("  ");
    sb.append(zh ? "执法" : "may enforce").append('\n');
    int[] count = new int[CardColour.values().length];
    for (Card c : cards) {
      count[c.colour().ordinal()]++;
      pad(sb, c.officer(), idWidth).append("  ");
      pad(sb, c.name(), nameWidth).append("  ");
      pad(sb, zh ? c.colour().chinese() : c.colour().name(), 6).append("  ");
      pad(sb, Integer.toString(c.points()), 6).append("  ");
      pad(sb, c.recoversOn() == null ? "-" : c.recoversOn().toString(), 11).append("  ");
      sb.append(c.mayEnforce() ? (zh ? "可" : "yes") : (zh ? "否" : "no")).append('\n');
    }
    if (zh) {
      sb.append("共 ").append(cards.size()).append(" 人：绿卡 ").append(count[0]).append("，黄卡 ")
          .append(count[1]).append("，红卡 ").append(count[2]).append('\n');
    } else {
      sb.append(cards.size()).append(" officers: ").append(count[0]).append(" green, ").append(count[1])
          .append(" yellow, ").append(count[2]).append(" red\n");
    }
    return sb.toString();
  }

  private static StringBuilder pad(StringBuilder sb, String s, int width) {
    sb.append(s);
    for (int i = width(s); i < width; i++) {
      sb.append(' ');
    }
    return sb;
  }

  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x20000) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
