import { describe, expect, it } from "vitest";
import { isWeChatUserAgent } from "@/components/in-wechat";

describe("isWeChatUserAgent", () => {
  it("recognises WeChat's in-app browser on Android and iPhone", () => {
    expect(
      isWeChatUserAgent(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.50",
      ),
    ).toBe(true);
    expect(
      isWeChatUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN"),
    ).toBe(true);
  });

  it("does not mistake ordinary phone browsers for WeChat", () => {
    expect(isWeChatUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36")).toBe(false);
    expect(isWeChatUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe(false);
  });
});
