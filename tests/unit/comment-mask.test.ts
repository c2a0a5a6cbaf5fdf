import { describe, expect, it } from "vitest";
import { isValidIdNumber, looksLikeIdNumberWithoutCheckDigit, maskPersonalData, type MaskKind, passesLuhn } from "@/comments";

// A labelled set: input, the text expected after masking, and the kinds reported.
// Positive cases must be hidden; negative cases (amounts, dates, hotlines, short numbers,
// invalid checksums) must pass through unchanged.
type Case = [input: string, expected: string, kinds: MaskKind[]];

const P = "[手机号已隐藏]";
const ID = "[身份证号已隐藏]";
const CARD = "[银行卡号已隐藏]";
const MAIL = "[邮箱已隐藏]";
const WX = "[微信号已隐藏]";
const QQ = "[QQ号已隐藏]";

const positives: Case[] = [
  ["我的电话13812345678", `我的电话${P}`, ["phone"]],
  ["号码是 15900001111 请回电", `号码是 ${P} 请回电`, ["phone"]],
  ["138 1234 5678", P, ["phone"]],
  ["138-1234-5678", P, ["phone"]],
  ["+86 13812345678", P, ["phone"]],
  ["+8613812345678", P, ["phone"]],
  ["008613812345678", P, ["phone"]],
  ["手机：19912345678。", `手机：${P}。`, ["phone"]],
  ["１３８１２３４５６７８", P, ["phone"]],
  ["打17012345678或18612345678", `打${P}或${P}`, ["phone"]],
  ["电话16612345678，", `电话${P}，`, ["phone"]],
  ["身份证11010519491231002X", `身份证${ID}`, ["id-number"]],
  ["身份证号 11010519491231002x 被泄露", `身份证号 ${ID} 被泄露`, ["id-number"]],
  ["440524188001010014", ID, ["id-number"]],
  ["110101200001010045是我的", `${ID}是我的`, ["id-number"]],
  ["卡号6222 0212 3456 7890 128", `卡号${CARD}`, ["bank-card"]],
  ["4111111111111111", CARD, ["bank-card"]],
  ["卡 4111-1111-1111-1111 扣款", `卡 ${CARD} 扣款`, ["bank-card"]],
  ["6217000010000000003", CARD, ["bank-card"]],
  ["5500000000000004 这张卡", `${CARD} 这张卡`, ["bank-card"]],
  ["邮箱 someone@example.com", `邮箱 ${MAIL}`, ["email"]],
  ["a.b-c+tag@mail.qq.com 联系", `${MAIL} 联系`, ["email"]],
  ["发到12345678@qq.com", `发到${MAIL}`, ["email"]],
  ["ＡＢＣ＠ＥＸＡＭＰＬＥ.ＣＯＭ", MAIL, ["email"]],
  ["加V abc12345", `加V ${WX}`, ["wechat"]],
  ["加v：wxid_abc123", `加v：${WX}`, ["wechat"]],
  ["VX: helper_2024", `VX: ${WX}`, ["wechat"]],
  ["微信 kefu888", `微信 ${WX}`, ["wechat"]],
  ["微信号：zhang-san_01", `微信号：${WX}`, ["wechat"]],
  ["加微 daili6666", `加微 ${WX}`, ["wechat"]],
  ["薇信xieshang01", `薇信${WX}`, ["wechat"]],
  ["wx abcdef1", `wx ${WX}`, ["wechat"]],
  ["QQ 12345678", `QQ ${QQ}`, ["qq"]],
  ["qq:987654321", `qq:${QQ}`, ["qq"]],
  ["扣扣 55667788", `扣扣 ${QQ}`, ["qq"]],
  ["QQ号1234567890", `QQ号${QQ}`, ["qq"]],
  ["加V 13812345678", `加V ${P}`, ["phone"]],
  ["电话13812345678 邮箱x@y.cn", `电话${P} 邮箱${MAIL}`, ["email", "phone"]],
];

const negatives: string[] = [
  "我借了13800元，逾期3个月",
  "2024年3月15日开始逾期",
  "打12378投诉，或者12363",
  "报警打110",
  "欠款 138123 元",
  "合同编号 20240315001",
  "1381234567 少一位不是手机号",
  "138123456789 多一位也不是",
  "12812345678 第二位不对",
  "110105194912310021 校验位错误",
  "4111111111111112 卢恩校验不通过",
  "12345678901234 只有 14 位",
  "微信支付的分付逾期了",
  "QQ钱包里的借款",
  "加微信好友的都是骗子",
  "我在VX上被催",
  "我的邮箱地址就不留了 @ 一下管理员",
  "借呗花呗一共欠了五万",
  "年化利率 24% 和 36%",
  "第1期到第12期",
];

describe("maskPersonalData: labelled set", () => {
  it("has at least 50 labelled cases", () => {
    expect(positives.length + negatives.length).toBeGreaterThanOrEqual(50);
  });

  it.each(positives)("masks %s", (input, expected, kinds) => {
    const result = maskPersonalData(input);
    expect(result.text).toBe(expected);
    expect([...result.masked].sort()).toEqual([...kinds].sort());
  });

  it.each(negatives)("leaves alone %s", (input) => {
    expect(maskPersonalData(input)).toEqual({ text: input, masked: [] });
  });
});

// Forms the abuse review (issue 17, finding 5) got past the masker.
const evasions: Case[] = [
  ["身份证11010519491231002", `身份证${ID}`, ["id-number"]],
  ["身份证号 44052419900101001 最后一位不写", `身份证号 ${ID} 最后一位不写`, ["id-number"]],
  ["110105 19491231 002X", ID, ["id-number"]],
  ["110105-1949-1231-002X", ID, ["id-number"]],
  ["110105.19491231.002X", ID, ["id-number"]],
  ["138.1234.5678", P, ["phone"]],
  ["打138．1234．5678", `打${P}`, ["phone"]],
  ["138－1234－5678", P, ["phone"]],
  ["138—1234—5678", P, ["phone"]],
  ["138–1234–5678", P, ["phone"]],
  ["138　1234　5678", P, ["phone"]],
  ["1 3 8 1 2 3 4 5 6 7 8", P, ["phone"]],
  ["1381 234 5678", P, ["phone"]],
  ["+86-138-1234-5678", P, ["phone"]],
  ["电话一三八一二三四五六七八", `电话${P}`, ["phone"]],
  ["幺三八 幺二三四 五六七八", P, ["phone"]],
  ["壹叁捌壹贰叁肆伍陆柒捌", P, ["phone"]],
  ["138一二三四5678", P, ["phone"]],
  ["一三八.一二三四.五六七八有事打", `${P}有事打`, ["phone"]],
  ["卡号6222－0212－3456－7890－128", `卡号${CARD}`, ["bank-card"]],
];

// Ordinary numbers that must stay readable after the masker learned the forms above.
const ordinaryNumbers: string[] = [
  "2024.03.15 开始逾期，2024-03-15 第一次被催",
  "欠款 13,800.50 元，每月还 1800 2000 300 不等",
  "订单号 20240315123456789",
  "合同编号 20240315001 和 HT-2024-0315-0001",
  "打12378投诉，12363 也可以",
  "借款 138000 元分 12 期",
  "1800 2000 3000 这三笔",
  "交易流水号 12345678901234567",
  "第一二三期都还了",
  "还了一万三千八百元",
  "2024年1月2日、3月4日、5月6日各还一次",
  "19491231 这天出生的人",
];

describe("maskPersonalData: forms that used to slip through", () => {
  it.each(evasions)("masks %s", (input, expected, kinds) => {
    const result = maskPersonalData(input);
    expect(result.text).toBe(expected);
    expect([...result.masked].sort()).toEqual([...kinds].sort());
  });

  it.each(ordinaryNumbers)("leaves alone %s", (input) => {
    expect(maskPersonalData(input)).toEqual({ text: input, masked: [] });
  });

  it("17 digits count as an ID number only with a province code and a real birth date", () => {
    expect(looksLikeIdNumberWithoutCheckDigit("11010519491231002")).toBe(true);
    expect(looksLikeIdNumberWithoutCheckDigit("11010519490231002")).toBe(false); // 31 February
    expect(looksLikeIdNumberWithoutCheckDigit("20240315123456789")).toBe(false); // no province 20
    expect(looksLikeIdNumberWithoutCheckDigit("1101051949123100")).toBe(false); // 16 digits
  });
});

describe("checksums", () => {
  it("ID numbers: GB 11643 check digit", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("110105194912310021")).toBe(false);
    expect(isValidIdNumber("11010519491231002")).toBe(false);
  });
  it("bank cards: Luhn", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
  });
});
