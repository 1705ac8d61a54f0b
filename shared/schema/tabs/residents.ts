/** Tab `Dân cư`: the residents register, filled by the import. */
import { GENDERS } from "../choices.ts";
import type { TableTabSpec } from "../types.ts";
import { kdcColumn, tdpColumn } from "./area-columns.ts";
import { fixed } from "./fixed.ts";

export const RESIDENTS_TAB = {
  key: "residents",
  kind: "table",
  name: "Dân cư",
  note: "Danh sách dân cư, nhập từ tệp CSV/Excel; dùng để chọn người dân được mời.",
  id: { column: "residentId", prefix: "DC-", digits: 6 },
  columns: [
    {
      key: "residentId",
      header: "Mã dân cư",
      type: "text",
      note: "Mã do phần mềm cấp khi nhập.",
      width: 110,
    },
    {
      key: "fullName",
      header: "Họ và tên",
      aliases: ["Họ tên"],
      type: "text",
      required: true,
      note: "Họ và tên.",
      width: 200,
    },
    {
      key: "birthDate",
      header: "Ngày sinh",
      aliases: ["Năm sinh"],
      type: "text",
      note: "dd/mm/yyyy, hoặc chỉ năm sinh (dạng chữ).",
      width: 100,
    },
    {
      key: "gender",
      header: "Giới tính",
      type: "choice",
      choices: fixed(GENDERS),
      note: "Nam hoặc Nữ.",
      width: 80,
    },
    {
      key: "idNumber",
      header: "Số định danh",
      aliases: ["Số CCCD", "CCCD", "CMND"],
      type: "text",
      note: "Số CCCD (12 số) hoặc CMND (9 số), dạng chữ; không bao giờ in đầy đủ trong văn bản.",
      width: 130,
    },
    {
      key: "phone",
      header: "Điện thoại",
      aliases: ["SĐT", "Số điện thoại"],
      type: "text",
      note: "Số điện thoại dạng 0xxxxxxxxx.",
      width: 120,
    },
    { key: "address", header: "Địa chỉ", type: "text", note: "Địa chỉ thường trú.", width: 240 },
    tdpColumn(),
    kdcColumn(),
    {
      key: "importBatch",
      header: "Lần nhập",
      type: "text",
      note: "Mã lần nhập đã thêm hoặc sửa dòng này (để hoàn tác).",
      width: 150,
    },
  ],
} as const satisfies TableTabSpec;
