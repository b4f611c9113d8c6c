package id.netral.core.model;

/** The form of a social-media engagement. */
public enum SocialMediaForm {
  /** Posting (membuat unggahan). */
  POST,
  /** Commenting (komentar). */
  COMMENT,
  /** Sharing (membagikan). */
  SHARE,
  /** Liking (menyukai). */
  LIKE,
  /** Following an account (mengikuti akun). */
  FOLLOW,
  /** Joining a group (bergabung dalam grup). */
  JOIN_GROUP
}
