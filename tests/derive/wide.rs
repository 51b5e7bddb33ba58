//! A struct wider than the 2^8 slots that have path aliases in
//! `iamport::typestate::path`: the derive spells the deeper paths out.
//! Generated once by a short script (300 fields, even ones required, odd
//! ones `Option`); edit the field count in both places if it changes.
#![allow(missing_docs, dead_code, clippy::too_many_lines)]

use iamport::Builder;

#[derive(Builder, Debug, serde::Serialize)]
pub struct Wide {
    f000: u16,
    f001: Option<u16>,
    f002: u16,
    f003: Option<u16>,
    f004: u16,
    f005: Option<u16>,
    f006: u16,
    f007: Option<u16>,
    f008: u16,
    f009: Option<u16>,
    f010: u16,
    f011: Option<u16>,
    f012: u16,
    f013: Option<u16>,
    f014: u16,
    f015: Option<u16>,
    f016: u16,
    f017: Option<u16>,
    f018: u16,
    f019: Option<u16>,
    f020: u16,
    f021: Option<u16>,
    f022: u16,
    f023: Option<u16>,
    f024: u16,
    f025: Option<u16>,
    f026: u16,
    f027: Option<u16>,
    f028: u16,
    f029: Option<u16>,
    f030: u16,
    f031: Option<u16>,
    f032: u16,
    f033: Option<u16>,
    f034: u16,
    f035: Option<u16>,
    f036: u16,
    f037: Option<u16>,
    f038: u16,
    f039: Option<u16>,
    f040: u16,
    f041: Option<u16>,
    f042: u16,
    f043: Option<u16>,
    f044: u16,
    f045: Option<u16>,
    f046: u16,
    f047: Option<u16>,
    f048: u16,
    f049: Option<u16>,
    f050: u16,
    f051: Option<u16>,
    f052: u16,
    f053: Option<u16>,
    f054: u16,
    f055: Option<u16>,
    f056: u16,
    f057: Option<u16>,
    f058: u16,
    f059: Option<u16>,
    f060: u16,
    f061: Option<u16>,
    f062: u16,
    f063: Option<u16>,
    f064: u16,
    f065: Option<u16>,
    f066: u16,
    f067: Option<u16>,
    f068: u16,
    f069: Option<u16>,
    f070: u16,
    f071: Option<u16>,
    f072: u16,
    f073: Option<u16>,
    f074: u16,
    f075: Option<u16>,
    f076: u16,
    f077: Option<u16>,
    f078: u16,
    f079: Option<u16>,
    f080: u16,
    f081: Option<u16>,
    f082: u16,
    f083: Option<u16>,
    f084: u16,
    f085: Option<u16>,
    f086: u16,
    f087: Option<u16>,
    f088: u16,
    f089: Option<u16>,
    f090: u16,
    f091: Option<u16>,
    f092: u16,
    f093: Option<u16>,
    f094: u16,
    f095: Option<u16>,
    f096: u16,
    f097: Option<u16>,
    f098: u16,
    f099: Option<u16>,
    f100: u16,
    f101: Option<u16>,
    f102: u16,
    f103: Option<u16>,
    f104: u16,
    f105: Option<u16>,
    f106: u16,
    f107: Option<u16>,
    f108: u16,
    f109: Option<u16>,
    f110: u16,
    f111: Option<u16>,
    f112: u16,
    f113: Option<u16>,
    f114: u16,
    f115: Option<u16>,
    f116: u16,
    f117: Option<u16>,
    f118: u16,
    f119: Option<u16>,
    f120: u16,
    f121: Option<u16>,
    f122: u16,
    f123: Option<u16>,
    f124: u16,
    f125: Option<u16>,
    f126: u16,
    f127: Option<u16>,
    f128: u16,
    f129: Option<u16>,
    f130: u16,
    f131: Option<u16>,
    f132: u16,
    f133: Option<u16>,
    f134: u16,
    f135: Option<u16>,
    f136: u16,
    f137: Option<u16>,
    f138: u16,
    f139: Option<u16>,
    f140: u16,
    f141: Option<u16>,
    f142: u16,
    f143: Option<u16>,
    f144: u16,
    f145: Option<u16>,
    f146: u16,
    f147: Option<u16>,
    f148: u16,
    f149: Option<u16>,
    f150: u16,
    f151: Option<u16>,
    f152: u16,
    f153: Option<u16>,
    f154: u16,
    f155: Option<u16>,
    f156: u16,
    f157: Option<u16>,
    f158: u16,
    f159: Option<u16>,
    f160: u16,
    f161: Option<u16>,
    f162: u16,
    f163: Option<u16>,
    f164: u16,
    f165: Option<u16>,
    f166: u16,
    f167: Option<u16>,
    f168: u16,
    f169: Option<u16>,
    f170: u16,
    f171: Option<u16>,
    f172: u16,
    f173: Option<u16>,
    f174: u16,
    f175: Option<u16>,
    f176: u16,
    f177: Option<u16>,
    f178: u16,
    f179: Option<u16>,
    f180: u16,
    f181: Option<u16>,
    f182: u16,
    f183: Option<u16>,
    f184: u16,
    f185: Option<u16>,
    f186: u16,
    f187: Option<u16>,
    f188: u16,
    f189: Option<u16>,
    f190: u16,
    f191: Option<u16>,
    f192: u16,
    f193: Option<u16>,
    f194: u16,
    f195: Option<u16>,
    f196: u16,
    f197: Option<u16>,
    f198: u16,
    f199: Option<u16>,
    f200: u16,
    f201: Option<u16>,
    f202: u16,
    f203: Option<u16>,
    f204: u16,
    f205: Option<u16>,
    f206: u16,
    f207: Option<u16>,
    f208: u16,
    f209: Option<u16>,
    f210: u16,
    f211: Option<u16>,
    f212: u16,
    f213: Option<u16>,
    f214: u16,
    f215: Option<u16>,
    f216: u16,
    f217: Option<u16>,
    f218: u16,
    f219: Option<u16>,
    f220: u16,
    f221: Option<u16>,
    f222: u16,
    f223: Option<u16>,
    f224: u16,
    f225: Option<u16>,
    f226: u16,
    f227: Option<u16>,
    f228: u16,
    f229: Option<u16>,
    f230: u16,
    f231: Option<u16>,
    f232: u16,
    f233: Option<u16>,
    f234: u16,
    f235: Option<u16>,
    f236: u16,
    f237: Option<u16>,
    f238: u16,
    f239: Option<u16>,
    f240: u16,
    f241: Option<u16>,
    f242: u16,
    f243: Option<u16>,
    f244: u16,
    f245: Option<u16>,
    f246: u16,
    f247: Option<u16>,
    f248: u16,
    f249: Option<u16>,
    f250: u16,
    f251: Option<u16>,
    f252: u16,
    f253: Option<u16>,
    f254: u16,
    f255: Option<u16>,
    f256: u16,
    f257: Option<u16>,
    f258: u16,
    f259: Option<u16>,
    f260: u16,
    f261: Option<u16>,
    f262: u16,
    f263: Option<u16>,
    f264: u16,
    f265: Option<u16>,
    f266: u16,
    f267: Option<u16>,
    f268: u16,
    f269: Option<u16>,
    f270: u16,
    f271: Option<u16>,
    f272: u16,
    f273: Option<u16>,
    f274: u16,
    f275: Option<u16>,
    f276: u16,
    f277: Option<u16>,
    f278: u16,
    f279: Option<u16>,
    f280: u16,
    f281: Option<u16>,
    f282: u16,
    f283: Option<u16>,
    f284: u16,
    f285: Option<u16>,
    f286: u16,
    f287: Option<u16>,
    f288: u16,
    f289: Option<u16>,
    f290: u16,
    f291: Option<u16>,
    f292: u16,
    f293: Option<u16>,
    f294: u16,
    f295: Option<u16>,
    f296: u16,
    f297: Option<u16>,
    f298: u16,
    f299: Option<u16>,
}

#[test]
fn every_field_of_300_lands_in_its_place() {
    let w = Wide::builder()
        .f299(299)
        .f298(298)
        .f297(297)
        .f296(296)
        .f295(295)
        .f294(294)
        .f293(293)
        .f292(292)
        .f291(291)
        .f290(290)
        .f289(289)
        .f288(288)
        .f287(287)
        .f286(286)
        .f285(285)
        .f284(284)
        .f283(283)
        .f282(282)
        .f281(281)
        .f280(280)
        .f279(279)
        .f278(278)
        .f277(277)
        .f276(276)
        .f275(275)
        .f274(274)
        .f273(273)
        .f272(272)
        .f271(271)
        .f270(270)
        .f269(269)
        .f268(268)
        .f267(267)
        .f266(266)
        .f265(265)
        .f264(264)
        .f263(263)
        .f262(262)
        .f261(261)
        .f260(260)
        .f259(259)
        .f258(258)
        .f257(257)
        .f256(256)
        .f255(255)
        .f254(254)
        .f253(253)
        .f252(252)
        .f251(251)
        .f250(250)
        .f249(249)
        .f248(248)
        .f247(247)
        .f246(246)
        .f245(245)
        .f244(244)
        .f243(243)
        .f242(242)
        .f241(241)
        .f240(240)
        .f239(239)
        .f238(238)
        .f237(237)
        .f236(236)
        .f235(235)
        .f234(234)
        .f233(233)
        .f232(232)
        .f231(231)
        .f230(230)
        .f229(229)
        .f228(228)
        .f227(227)
        .f226(226)
        .f225(225)
        .f224(224)
        .f223(223)
        .f222(222)
        .f221(221)
        .f220(220)
        .f219(219)
        .f218(218)
        .f217(217)
        .f216(216)
        .f215(215)
        .f214(214)
        .f213(213)
        .f212(212)
        .f211(211)
        .f210(210)
        .f209(209)
        .f208(208)
        .f207(207)
        .f206(206)
        .f205(205)
        .f204(204)
        .f203(203)
        .f202(202)
        .f201(201)
        .f200(200)
        .f199(199)
        .f198(198)
        .f197(197)
        .f196(196)
        .f195(195)
        .f194(194)
        .f193(193)
        .f192(192)
        .f191(191)
        .f190(190)
        .f189(189)
        .f188(188)
        .f187(187)
        .f186(186)
        .f185(185)
        .f184(184)
        .f183(183)
        .f182(182)
        .f181(181)
        .f180(180)
        .f179(179)
        .f178(178)
        .f177(177)
        .f176(176)
        .f175(175)
        .f174(174)
        .f173(173)
        .f172(172)
        .f171(171)
        .f170(170)
        .f169(169)
        .f168(168)
        .f167(167)
        .f166(166)
        .f165(165)
        .f164(164)
        .f163(163)
        .f162(162)
        .f161(161)
        .f160(160)
        .f159(159)
        .f158(158)
        .f157(157)
        .f156(156)
        .f155(155)
        .f154(154)
        .f153(153)
        .f152(152)
        .f151(151)
        .f150(150)
        .f149(149)
        .f148(148)
        .f147(147)
        .f146(146)
        .f145(145)
        .f144(144)
        .f143(143)
        .f142(142)
        .f141(141)
        .f140(140)
        .f139(139)
        .f138(138)
        .f137(137)
        .f136(136)
        .f135(135)
        .f134(134)
        .f133(133)
        .f132(132)
        .f131(131)
        .f130(130)
        .f129(129)
        .f128(128)
        .f127(127)
        .f126(126)
        .f125(125)
        .f124(124)
        .f123(123)
        .f122(122)
        .f121(121)
        .f120(120)
        .f119(119)
        .f118(118)
        .f117(117)
        .f116(116)
        .f115(115)
        .f114(114)
        .f113(113)
        .f112(112)
        .f111(111)
        .f110(110)
        .f109(109)
        .f108(108)
        .f107(107)
        .f106(106)
        .f105(105)
        .f104(104)
        .f103(103)
        .f102(102)
        .f101(101)
        .f100(100)
        .f099(99)
        .f098(98)
        .f097(97)
        .f096(96)
        .f095(95)
        .f094(94)
        .f093(93)
        .f092(92)
        .f091(91)
        .f090(90)
        .f089(89)
        .f088(88)
        .f087(87)
        .f086(86)
        .f085(85)
        .f084(84)
        .f083(83)
        .f082(82)
        .f081(81)
        .f080(80)
        .f079(79)
        .f078(78)
        .f077(77)
        .f076(76)
        .f075(75)
        .f074(74)
        .f073(73)
        .f072(72)
        .f071(71)
        .f070(70)
        .f069(69)
        .f068(68)
        .f067(67)
        .f066(66)
        .f065(65)
        .f064(64)
        .f063(63)
        .f062(62)
        .f061(61)
        .f060(60)
        .f059(59)
        .f058(58)
        .f057(57)
        .f056(56)
        .f055(55)
        .f054(54)
        .f053(53)
        .f052(52)
        .f051(51)
        .f050(50)
        .f049(49)
        .f048(48)
        .f047(47)
        .f046(46)
        .f045(45)
        .f044(44)
        .f043(43)
        .f042(42)
        .f041(41)
        .f040(40)
        .f039(39)
        .f038(38)
        .f037(37)
        .f036(36)
        .f035(35)
        .f034(34)
        .f033(33)
        .f032(32)
        .f031(31)
        .f030(30)
        .f029(29)
        .f028(28)
        .f027(27)
        .f026(26)
        .f025(25)
        .f024(24)
        .f023(23)
        .f022(22)
        .f021(21)
        .f020(20)
        .f019(19)
        .f018(18)
        .f017(17)
        .f016(16)
        .f015(15)
        .f014(14)
        .f013(13)
        .f012(12)
        .f011(11)
        .f010(10)
        .f009(9)
        .f008(8)
        .f007(7)
        .f006(6)
        .f005(5)
        .f004(4)
        .f003(3)
        .f002(2)
        .f001(1)
        .f000(0)
        .build();
    // Every field holds its own number: no slot reached another's value.
    let json = serde_json::to_value(&w).unwrap();
    let fields = json.as_object().unwrap();
    assert_eq!(fields.len(), 300);
    for n in 0..300_u16 {
        assert_eq!(fields[&format!("f{n:03}")], serde_json::json!(n), "f{n:03}");
    }
}
